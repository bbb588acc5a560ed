"""Import and export of the catalogue: CSV (UTF-8, UTF-8 with BOM, Windows-1250) and XLSX."""
