"""Salaries: see the modules of this package."""
