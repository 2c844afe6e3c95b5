import locale
import getpass

print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.setlocale(locale.LC_NUMERIC, 'POSIX'), locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'))
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, 'C'))
try:
    locale.setlocale(locale.LC_ALL, 'xx_XX.UTF-8')
except locale.Error as e:
    print('Error', e)
print(issubclass(locale.Error, Exception))
print(locale.localeconv())
print(locale.format_string('%d|%.2f|%s|%5.1f%%', (1234567, 1234.5, 'x', 2.25), grouping=True))
print(locale.format_string('%(a)s=%(b)d', {'a': 'k', 'b': 7}), locale.format_string('%.3f', 3.14159))
print(locale.str(1.5), locale.str(1e20), locale.atof('1.5'), locale.atoi('42'),
      locale.delocalize('1234.5'), locale.localize('1234.5'))
try:
    locale.currency(1.5)
except ValueError as e:
    print('ValueError', e)
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('a', 'a'), locale.strxfrm('abc'))
for n in ['C', 'c.utf8', 'en_US', 'en_us.utf8', 'de_DE@euro', 'fr', 'xx_YY.UTF-8',
          'POSIX', 'en_US.ISO-8859-1', 'de_DE.utf8']:
    print(n, locale.normalize(n))
print(sorted(locale.__all__))

print(callable(getpass.getpass), getpass.GetPassWarning.__mro__[1].__name__)
import os
os.environ['LOGNAME'] = 'tester'
print(getpass.getuser())
