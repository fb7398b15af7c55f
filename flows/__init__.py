"""Prefect flows that orchestrate the pipeline; importing the package configures the runtime."""

from flows.settings import configure_runtime

configure_runtime()
