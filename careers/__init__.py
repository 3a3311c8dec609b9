"""The career-map domain: dataset models, safe loading, the ladder graph. No Streamlit here."""

from careers.loading import DEFAULT_DATASET, load_dataset
from careers.models import Dataset
from careers.problems import DatasetError, Problem

__all__ = ["DEFAULT_DATASET", "Dataset", "DatasetError", "Problem", "load_dataset"]
