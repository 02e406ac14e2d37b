"""One document in, a Document out. Pure: nothing here imports Prefect or writes files."""

PARSER_VERSION = "0.1.0"
