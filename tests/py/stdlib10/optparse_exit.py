import optparse
p = optparse.OptionParser()
p.add_option('-n', type='int')
print('before')
p.parse_args(['-n', 'seven'])
print('not reached')
