import logging
import sys

sys.stderr = sys.stdout   # the last-resort handler writes to sys.stderr
logging.warning('unconfigured %s', 'warning')
logging.getLogger('x').info('not shown')
logging.getLogger('x').error('error via last resort')

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
logging.debug('debug %d', 1)
logging.info('info')
logging.warning('warn %s', 'x')
logging.error('error')
logging.critical('critical')
logging.log(25, 'custom level')
print(logging.getLevelName(10), logging.getLevelName('ERROR'),
      logging.getLevelName(25), logging.getLevelName(logging.WARN))
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'notice now')

a = logging.getLogger('app')
ab = logging.getLogger('app.sub')
abc = logging.getLogger('app.sub.leaf')
print(ab.parent.name, abc.parent.name, a.parent.name)
print(logging.getLogger('app') is a, logging.getLogger() is logging.root)
print(repr(a), repr(logging.root))
a.setLevel(logging.WARNING)
abc.info('filtered by app level')
abc.warning('leaf warning')
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO))

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s: %(message)s (%(funcName)s:%(lineno)d %(module)s)'))
ab.addHandler(h)


def func():
    abc.error('from func')


func()
ab.propagate = False
abc.error('no propagation')
ab.propagate = True

h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('{levelname}|{name}|{message}', style='{'))
h2.setLevel(logging.ERROR)
x = logging.getLogger('brace')
x.addHandler(h2)
x.propagate = False
x.warning('below handler level')
x.error('brace %s', 'style')

try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger('exc').exception('caught')

adapter = logging.LoggerAdapter(logging.getLogger('adapt'), {'user': 'bob'})
ha = logging.StreamHandler(sys.stdout)
ha.setFormatter(logging.Formatter('%(user)s - %(message)s'))
adapter.logger.addHandler(ha)
adapter.logger.propagate = False
adapter.warning('hello %s', 'adapter')

logging.disable(logging.ERROR)
logging.error('disabled')
logging.critical('still here')
logging.disable(logging.NOTSET)

f = logging.Filter('app.sub')
h3 = logging.StreamHandler(sys.stdout)
h3.addFilter(f)
logging.root.addHandler(h3)
logging.getLogger('app.other').warning('filtered out by h3')
logging.root.removeHandler(h3)

logging.basicConfig(format='%(name)s/%(levelname)s/%(message)s', stream=sys.stdout, force=True, level=logging.INFO)
logging.info('after force')
logging.getLogger('n').debug('hidden')
logging.getLogger('n').info('%(a)s and %(b)s', {'a': 1, 'b': 2})
logging.basicConfig(format='ignored')
logging.warning('second basicConfig ignored')
print(logging.NullHandler().handle(None))
logging.getLogger('quiet').addHandler(logging.NullHandler())
logging.captureWarnings(True)
import warnings
warnings.warn('captured warning')
logging.captureWarnings(False)
r = logging.makeLogRecord({'msg': 'made %s', 'args': ('rec',), 'levelname': 'X'})
print(r.getMessage())
print(logging.Formatter('%(levelname)s:%(message)s').format(r))
