"""Extraction stages. Each reads an ArticleContext and returns its part of the record."""
