# name: -V and --version
# run: factlens -V && factlens --version
# stdout:
factlens 0.3.0
factlens 0.3.0
