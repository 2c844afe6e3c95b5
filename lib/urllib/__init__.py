"""The urllib package; krait provides urllib.parse."""
