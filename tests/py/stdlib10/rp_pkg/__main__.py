print('rp_pkg main:', __name__, __package__, getattr(__spec__, 'name', __name__))
