"""Blocks of the job-description page: the editor, the downloads and the preview."""
