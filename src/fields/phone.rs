//! Phone checker (being written).
