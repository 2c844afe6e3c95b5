import logging
import logging.config
import sys

old = logging.getLogger('old.module')
logging.config.dictConfig({
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s %(name)s: %(message)s'},
        'brace': {'format': '[{levelname}] {message}', 'style': '{'},
    },
    'filters': {'only_app': {'name': 'app'}},
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'formatter': 'brief',
                'stream': 'ext://sys.stdout', 'level': 'DEBUG'},
        'errors': {'class': 'logging.StreamHandler', 'formatter': 'brace',
                   'stream': 'ext://sys.stdout', 'level': 'ERROR',
                   'filters': ['only_app']},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['errors']},
        'lib': {'level': 'WARNING', 'propagate': False, 'handlers': ['out']},
    },
    'root': {'level': 'INFO', 'handlers': ['out']},
})
logging.getLogger('app').debug('app debug')
logging.getLogger('app.sub').error('app.sub error')
logging.getLogger('lib').info('lib info hidden')
logging.getLogger('lib').warning('lib warning')
logging.info('root info')
logging.debug('root debug hidden')
old.error('old logger disabled')
print(old.disabled, logging.getLogger('app').propagate,
      logging.getLogger('lib').propagate)
print([h.name for h in logging.root.handlers])
try:
    logging.config.dictConfig({'handlers': {}})
except ValueError as e:
    print('ValueError:', e)
