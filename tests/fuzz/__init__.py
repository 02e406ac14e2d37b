"""The fuzz harness: generated and mutated drafts through ingest -> structure -> extraction.

  inputs      the inputs, as Hypothesis strategies: windows of real fixture texts and generated
              text, mutated (lines duplicated, markers repeated, digit runs, qualifiers,
              ranges, enumerations, brackets, newlines, full-width forms, year phrases), then
              encoded or wrapped (UTF-8, BOM, GB18030, HTML, .docx) and sometimes damaged
  invariants  what every parse must keep, checked on each Document
  run         the long campaign behind `make fuzz` (N inputs, 5 s per input, a worker process)

tests/test_fuzz.py runs a short budget of the same inputs in `make test`.
"""
