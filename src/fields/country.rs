//! country checker (being written).
