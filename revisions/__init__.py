"""Two Documents in, a RevisionDiff out. Pure: no Prefect, no writes."""
