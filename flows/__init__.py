"""Prefect flows that wire the pipeline's steps together; ``flows.cli`` is the command line."""
