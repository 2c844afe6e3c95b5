"""logging.config.dictConfig (schema version 1) for krait.

Supported: formatters (format, datefmt, style, or '()' factory), filters
(name), handlers (class, level, formatter, filters, plus constructor
keywords such as stream/filename/mode; 'ext://sys.stdout'-style values are
resolved), loggers (level, handlers, propagate, filters), root,
incremental=False, disable_existing_loggers (default True: loggers that
exist but are not named in the config, nor children of named ones, are
disabled).  fileConfig is not provided."""

import logging
import sys


class _ConvertError(ValueError):
    pass


def _resolve(name):
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for frag in parts:
        used += '.' + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            __import__(used)
            found = getattr(found, frag)
    return found


def _convert(value):
    if isinstance(value, str) and value.startswith('ext://'):
        return _resolve(value[6:])
    return value


def _check_level(level):
    if isinstance(level, str):
        level = level.upper()
    return logging._checkLevel(level)


def _call_factory(spec):
    spec = dict(spec)
    factory = spec.pop('()')
    if isinstance(factory, str):
        factory = _resolve(factory)
    props = spec.pop('.', None)
    kwargs = {k: _convert(v) for k, v in spec.items()}
    result = factory(**kwargs)
    if props:
        for name, value in props.items():
            setattr(result, name, value)
    return result


def dictConfig(config):
    config = dict(config)
    if 'version' not in config:
        raise ValueError("dictionary doesn't specify a version")
    if config['version'] != 1:
        raise ValueError("Unsupported version: %s" % config['version'])
    disable_existing = config.get('disable_existing_loggers', True)

    formatters = {}
    for name, spec in config.get('formatters', {}).items():
        try:
            if '()' in spec:
                formatters[name] = _call_factory(spec)
            else:
                cls = spec.get('class')
                cls = _resolve(cls) if cls else logging.Formatter
                formatters[name] = cls(spec.get('format'),
                                       spec.get('datefmt'),
                                       spec.get('style', '%'),
                                       spec.get('validate', True))
        except Exception as e:
            raise ValueError('Unable to configure formatter %r' % name) from e

    filters = {}
    for name, spec in config.get('filters', {}).items():
        try:
            if '()' in spec:
                filters[name] = _call_factory(spec)
            else:
                filters[name] = logging.Filter(spec.get('name', ''))
        except Exception as e:
            raise ValueError('Unable to configure filter %r' % name) from e

    # replace the root's and other handlers: flush/close the old ones
    logging._handlers.clear()
    handlers = {}
    for name in sorted(config.get('handlers', {})):
        spec = dict(config['handlers'][name])
        try:
            fmt = spec.pop('formatter', None)
            level = spec.pop('level', None)
            hfilters = spec.pop('filters', ())
            if '()' in spec:
                h = _call_factory(spec)
            else:
                cls = spec.pop('class')
                if isinstance(cls, str):
                    cls = _resolve(cls)
                props = spec.pop('.', None)
                kwargs = {k: _convert(v) for k, v in spec.items()}
                h = cls(**kwargs)
                if props:
                    for k, v in props.items():
                        setattr(h, k, v)
            if fmt:
                h.setFormatter(formatters[fmt])
            if level is not None:
                h.setLevel(_check_level(level))
            for f in hfilters:
                h.addFilter(filters[f] if isinstance(f, str) else f)
            h.name = name
            handlers[name] = h
        except Exception as e:
            raise ValueError('Unable to configure handler %r' % name) from e

    def configure_logger(logger, spec, is_root=False):
        level = spec.get('level')
        if level is not None:
            logger.setLevel(_check_level(level))
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        for hname in spec.get('handlers', ()):
            try:
                logger.addHandler(handlers[hname])
            except KeyError:
                raise ValueError('Unable to add handler %r' % hname)
        for f in spec.get('filters', ()):
            logger.addFilter(filters[f] if isinstance(f, str) else f)
        if not is_root:
            logger.propagate = spec.get('propagate', True)

    root = logging.root
    existing = [n for n, l in logging.Logger.manager.loggerDict.items()
                if isinstance(l, logging.Logger)]
    existing.sort()
    loggers = config.get('loggers', {})
    child_loggers = []
    for name in loggers:
        prefix = name + '.'
        for e in existing:
            if e.startswith(prefix):
                child_loggers.append(e)
    for name, spec in loggers.items():
        lg = logging.getLogger(name)
        lg.disabled = False
        configure_logger(lg, spec)
    for name in existing:
        if name in loggers:
            continue
        lg = logging.Logger.manager.loggerDict[name]
        if name in child_loggers:
            lg.level = logging.NOTSET
            lg.handlers = []
            lg.propagate = True
        elif disable_existing:
            lg.disabled = True
    if 'root' in config:
        configure_logger(root, config['root'], is_root=True)
    logging.Logger.manager._clear_cache()
