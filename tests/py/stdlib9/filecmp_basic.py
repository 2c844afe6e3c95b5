import filecmp, os, tempfile
d = tempfile.mkdtemp(); os.chdir(d)
os.makedirs("L/sub"); os.makedirs("R/sub"); os.makedirs("L/onlyl")
for p, t in [("L/same.txt", "x"), ("R/same.txt", "x"), ("L/diff.txt", "aaa"), ("R/diff.txt", "bbbb"), ("L/l.txt", "1"), ("R/r.txt", "2"), ("L/sub/s.txt", "s"), ("R/sub/s.txt", "t"), ("L/samesize.txt", "abc"), ("R/samesize.txt", "abd")]:
    open(p, "w").write(t)
print(filecmp.cmp("L/same.txt", "R/same.txt"), filecmp.cmp("L/diff.txt", "R/diff.txt"), filecmp.cmp("L/samesize.txt", "R/samesize.txt", shallow=False))
print(filecmp.cmpfiles("L", "R", ["same.txt", "diff.txt", "missing.txt", "samesize.txt"], shallow=False))
dc = filecmp.dircmp("L", "R")
print(dc.left_list, dc.right_list, dc.common, dc.left_only, dc.right_only, dc.common_dirs, dc.common_files)
dc.report(); dc.report_full_closure()
print(sorted(dc.subdirs), dc.subdirs["sub"].diff_files)
