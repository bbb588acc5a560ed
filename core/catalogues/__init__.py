"""The project's gettext catalogues: extraction from code and templates, merging, placeholders."""
