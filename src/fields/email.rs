//! email checker (being written).
