"""Reading exports: bytes -> text -> string table -> canonical incidents, with row accounting."""
