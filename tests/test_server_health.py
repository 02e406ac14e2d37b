"""The health check of flows.server: only a Prefect server that answers healthy counts as ready."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from flows import server


@contextmanager
def answering(reply: bytes, delay: float = 0.0) -> Iterator[int]:
    """A TCP service on a free port that answers every connection with `reply` (after `delay` s) and closes it."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(4096)
                stop.wait(delay)
                conn.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        listener.close()


def test_a_service_that_is_no_web_server_is_not_a_ready_server() -> None:
    # What a Dask scheduler sends first: a binary frame, no HTTP status line.
    with answering(b"\x00\x01compression\xc0\xa6python\xafpickle-protocol\x05\n") as port:
        assert server.is_healthy(server.api_url_for(port)) is False


def test_a_web_server_that_is_not_healthy_is_not_ready() -> None:
    body = b"false"
    reply = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    with answering(reply) as port:
        assert server.is_healthy(server.api_url_for(port)) is False


def test_a_healthy_answer_is_ready() -> None:
    body = b"true"
    reply = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
        len(body),
        body,
    )
    with answering(reply) as port:
        assert server.is_healthy(server.api_url_for(port)) is True


def test_nobody_listening_is_not_ready() -> None:
    assert server.is_healthy(server.api_url_for(server.free_port())) is False


HEALTHY = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4\r\n\r\ntrue"


def test_a_busy_server_answering_late_counts_within_the_grace() -> None:
    # A server finishing a run on a loaded host answered after one check's 2 s timeout: `watch` refused to start.
    with answering(HEALTHY, delay=3.0) as port:
        api_url = server.api_url_for(port)
        assert server.is_healthy(api_url) is False
        assert server.answers_within(api_url, grace=10.0) is True


def test_nobody_listening_is_no_answer_within_any_grace() -> None:
    assert server.answers_within(server.api_url_for(server.free_port()), grace=10.0) is False


def test_an_unhealthy_answer_is_not_waited_out() -> None:
    body = b"false"
    reply = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    with answering(reply) as port:
        assert server.answers_within(server.api_url_for(port), grace=10.0) is False
