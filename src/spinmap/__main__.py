"""`python -m spinmap` runs the same command line as the `spinmap` script (same exit codes)."""
from .cli import run

if __name__ == "__main__":
    run()
