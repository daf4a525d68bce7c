"""Benchmarks: each script prints its figures with their targets."""
