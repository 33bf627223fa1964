"""Teaching modules, lessons, courses and their vocabularies (see DESIGN.md)."""
