# Package for concurrent programming helpers (see concurrent.futures).
