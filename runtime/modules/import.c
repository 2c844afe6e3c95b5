/*
 * import.c -- the import system: builtins.__import__, sys.modules, finding
 * modules on sys.path, packages, relative imports.
 *
 * A module is searched, in order: sys.modules; the table of built-in C
 * modules (registry.c); then each directory of sys.path (or of the parent
 * package's __path__) for NAME.py or NAME/__init__.py.  The module object
 * is put in sys.modules before its body runs (so circular imports see the
 * partially initialised module) and removed again if the body fails.
 * Source is compiled through the interpreter's compile hook, so the
 * runtime core never depends on the frontend.
 */
#include "../typeobject.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static KrObject *modules(void) { return KR_INTERP()->modules; }

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Reads a whole file; NULL with OSError set on failure. */
static char *read_file(const char *path, Kr_ssize_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        KrObject *fn = kr_str_from_cstr(path);
        kr_err_from_errno(&kr_exc_OSError, fn);
        kr_xdecref(fn);
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (buf == NULL) {
            fclose(f);
            kr_err_no_memory();
            return NULL;
        }
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1)
            break;
        cap *= 2;
        char *nb = realloc(buf, cap);
        if (nb == NULL)
            free(buf);
        buf = nb;
    }
    fclose(f);
    buf[n] = 0;
    *len = (Kr_ssize_t)n;
    return buf;
}

KrObject *kr_import_exec_source(KrObject *module, const char *path)
{
    Kr_ssize_t len;
    char *src = read_file(path, &len);
    if (src == NULL)
        return NULL;
    KrObject *source = kr_bytes_from(src, len);
    free(src);
    if (source == NULL)
        return NULL;
    KrObject *fn = kr_str_from_cstr(path);
    if (fn == NULL) {
        kr_decref(source);
        return NULL;
    }
    KrHooks *h = &KR_INTERP()->hooks;
    if (h->compile == NULL) {
        kr_decref(source);
        kr_decref(fn);
        return kr_err_format(&kr_exc_ImportError, "no compiler available");
    }
    KrObject *code = h->compile(source, fn, "exec", 0);
    kr_decref(source);
    kr_decref(fn);
    if (code == NULL)
        return NULL;
    KrObject *r = kr_eval_code(code, kr_module_dict(module), NULL);
    kr_decref(code);
    return r;
}

/* Creates, registers and runs a module from a .py file. */
static KrObject *load_source(KrObject *fullname, const char *path, const char *pkgdir)
{
    const char *name = kr_str_utf8(fullname, NULL);
    KrObject *m = kr_module_new(name);
    if (m == NULL)
        return NULL;
    KrObject *d = kr_module_dict(m);
    KrObject *file = kr_str_from_cstr(path);
    int r = file ? kr_dict_set_item(d, KR_ID(__file__), file) : -1;
    kr_xdecref(file);
    if (r == 0)
        r = kr_dict_set_item(d, KR_ID(__builtins__), KR_INTERP()->builtins);
    /* __package__: the package itself, or the parent of a plain module */
    if (r == 0) {
        KrObject *pkg;
        if (pkgdir) {
            pkg = kr_newref(fullname);
            KrObject *dir = kr_str_from_cstr(pkgdir);
            KrObject *path_list = dir ? kr_list_new(0) : NULL;
            if (path_list == NULL || kr_list_append(path_list, dir) < 0 ||
                kr_dict_set_item(d, KR_ID(__path__), path_list) < 0)
                r = -1;
            kr_xdecref(dir);
            kr_xdecref(path_list);
        } else {
            const char *dot = strrchr(name, '.');
            pkg = dot ? kr_str_from_utf8(name, dot - name) : kr_str_from_cstr("");
        }
        if (pkg == NULL || kr_dict_set_item(d, KR_ID(__package__), pkg) < 0)
            r = -1;
        kr_xdecref(pkg);
    }
    if (r < 0 || kr_dict_set_item(modules(), fullname, m) < 0) {
        kr_decref(m);
        return NULL;
    }
    KrObject *res = kr_import_exec_source(m, path);
    if (res == NULL) {
        KrObject *exc = kr_err_fetch();
        if (kr_dict_del_item(modules(), fullname) < 0)
            kr_err_clear();
        kr_err_restore(exc);
        kr_decref(m);
        return NULL;
    }
    kr_decref(res);
    kr_decref(m);
    /* the module may have replaced itself in sys.modules */
    KrObject *final = kr_dict_get_item(modules(), fullname);
    if (final == NULL)
        return kr_err_format(&kr_exc_ImportError, "Loaded module %U not found in sys.modules",
                             fullname);
    return kr_newref(final);
}

static KrObject *load_builtin(KrObject *fullname)
{
    const char *name = kr_str_utf8(fullname, NULL);
    for (const KrBuiltinModule *b = kr_builtin_modules; b->name; b++) {
        if (strcmp(b->name, name) != 0)
            continue;
        KrObject *m = b->init();
        if (m == NULL)
            return NULL;
        if (kr_dict_set_item(modules(), fullname, m) < 0) {
            kr_decref(m);
            return NULL;
        }
        return m;
    }
    return NULL;
}

/* Searches the directories of `paths` (a list of str) for the last
 * component `leaf` of fullname. */
static KrObject *find_and_load(KrObject *fullname, const char *leaf, KrObject *paths)
{
    if (paths == NULL || !KR_LIST_CHECK(paths))
        return NULL;
    KrObject *snapshot = kr_sequence_tuple(paths);
    if (snapshot == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < KR_SIZE(snapshot); i++) {
        KrObject *p = KR_TUPLE_GET(snapshot, i);
        if (!KR_STR_CHECK(p))
            continue;
        const char *dir = kr_str_utf8(p, NULL);
        if (dir == NULL) {
            kr_err_clear();
            continue;
        }
        KrBuf b;
        kr_buf_init(&b);
        if (*dir)
            kr_buf_printf(&b, "%s/%s", dir, leaf);
        else
            kr_buf_puts(&b, leaf);
        kr_buf_putc(&b, 0);
        char *base = strdup(b.data);
        kr_buf_free(&b);
        if (base == NULL) {
            kr_decref(snapshot);
            return kr_err_no_memory();
        }
        size_t n = strlen(base);
        char *path = malloc(n + 16);
        if (path == NULL) {
            free(base);
            kr_decref(snapshot);
            return kr_err_no_memory();
        }
        KrObject *m = NULL;
        int found = 0;
        if (is_dir(base)) {
            snprintf(path, n + 16, "%s/__init__.py", base);
            if (is_file(path)) {
                found = 1;
                m = load_source(fullname, path, base);
            }
        }
        if (!found) {
            snprintf(path, n + 16, "%s.py", base);
            if (is_file(path)) {
                found = 1;
                m = load_source(fullname, path, NULL);
            }
        }
        free(path);
        free(base);
        if (found) {
            kr_decref(snapshot);
            return m;
        }
    }
    kr_decref(snapshot);
    return NULL;
}

static KrObject *not_found_msg(KrObject *fullname, const char *fmt)
{
    KrObject *msg = kr_str_from_format(fmt, fullname);
    if (msg == NULL)
        return NULL;
    KrObject *exc = kr_call1((KrObject *)&kr_exc_ModuleNotFoundError, msg);
    kr_decref(msg);
    if (exc == NULL)
        return NULL;
    kr_object_setattr(exc, KR_ID(name), fullname);
    kr_err_set_object(exc);
    kr_decref(exc);
    return NULL;
}

static KrObject *not_found(KrObject *fullname)
{
    return not_found_msg(fullname, "No module named %R");
}

/* Imports one fully qualified module whose parent is already imported. */
static KrObject *import_one(KrObject *fullname, KrObject *parent)
{
    KrObject *m = kr_dict_get_item(modules(), fullname);
    if (m != NULL) {
        if (m == kr_None)   /* a deliberately blocked import */
            return not_found_msg(fullname, "import of %U halted; None in sys.modules");
        return kr_newref(m);
    }
    if (kr_err_occurred())
        return NULL;
    const char *name = kr_str_utf8(fullname, NULL);
    if (name == NULL)
        return NULL;
    const char *leaf = strrchr(name, '.');
    KrObject *paths;
    if (parent != NULL) {
        leaf++;
        KrObject *pd = kr_module_dict(parent);
        paths = kr_dict_get_item(pd, KR_ID(__path__));
        if (paths == NULL) {
            KrObject *pname = kr_dict_get_item(pd, KR_ID(__name__));
            return kr_err_format(&kr_exc_ModuleNotFoundError,
                                 "No module named %R; %R is not a package", fullname,
                                 pname ? pname : kr_None);
        }
        kr_incref(paths);
    } else {
        leaf = name;
        m = load_builtin(fullname);
        if (m != NULL || kr_err_occurred())
            return m;
        paths = kr_dict_get_item_str(KR_INTERP()->sysdict, "path");
        kr_xincref(paths);
    }
    m = find_and_load(fullname, leaf, paths);
    kr_xdecref(paths);
    if (m != NULL || kr_err_occurred())
        return m;
    return not_found(fullname);
}

/* Imports every prefix of a dotted name; returns the last module. */
static KrObject *import_dotted(KrObject *fullname)
{
    KrObject *m = kr_dict_get_item(modules(), fullname);
    if (m != NULL && m != kr_None)
        return kr_newref(m);
    Kr_ssize_t n = KR_STR_LEN(fullname);
    KrObject *parent = NULL;
    for (Kr_ssize_t i = 0; i <= n; i++) {
        if (i < n && KR_STR_CHAR(fullname, i) != '.')
            continue;
        KrObject *prefix = kr_str_substr(fullname, 0, i);
        if (prefix == NULL) {
            kr_xdecref(parent);
            return NULL;
        }
        KrObject *mod = import_one(prefix, parent);
        if (mod != NULL && parent != NULL) {
            /* bind the submodule on its parent package */
            Kr_ssize_t j = i - 1;
            while (j > 0 && KR_STR_CHAR(prefix, j) != '.')
                j--;
            KrObject *lname = kr_str_substr(prefix, j + 1, i);
            if (lname) {
                lname = kr_str_intern(lname);
                if (kr_object_setattr(parent, lname, mod) < 0)
                    kr_err_clear();
                kr_decref(lname);
            }
        }
        kr_decref(prefix);
        kr_xdecref(parent);
        if (mod == NULL)
            return NULL;
        parent = mod;
    }
    return parent;
}

/* The absolute name for a relative import of `name` at `level`. */
static KrObject *resolve_name(KrObject *name, KrObject *globals, int level)
{
    if (globals == NULL || !KR_DICT_CHECK(globals))
        return kr_err_format(&kr_exc_KeyError, "'__name__' not in globals");
    KrObject *package = kr_dict_get_item(globals, KR_ID(__package__));
    KrObject *base;
    if (package != NULL && package != kr_None) {
        if (!KR_STR_CHECK(package))
            return kr_err_format(&kr_exc_TypeError, "package must be a string");
        base = kr_newref(package);
    } else {
        KrObject *mname = kr_dict_get_item(globals, KR_ID(__name__));
        if (mname == NULL || !KR_STR_CHECK(mname))
            return kr_err_format(&kr_exc_KeyError, "'__name__' not in globals");
        if (kr_dict_get_item(globals, KR_ID(__path__)) != NULL) {
            base = kr_newref(mname);
        } else {
            Kr_ssize_t i = KR_STR_LEN(mname);
            while (i > 0 && KR_STR_CHAR(mname, i - 1) != '.')
                i--;
            base = kr_str_substr(mname, 0, i > 0 ? i - 1 : 0);
            if (base == NULL)
                return NULL;
        }
    }
    if (KR_STR_LEN(base) == 0) {
        kr_decref(base);
        return kr_err_format(&kr_exc_ImportError,
                             "attempted relative import with no known parent package");
    }
    Kr_ssize_t end = KR_STR_LEN(base);
    for (int l = 1; l < level; l++) {
        while (end > 0 && KR_STR_CHAR(base, end - 1) != '.')
            end--;
        if (end == 0) {
            kr_decref(base);
            return kr_err_format(&kr_exc_ImportError,
                                 "attempted relative import beyond top-level package");
        }
        end--;
    }
    KrObject *prefix = kr_str_substr(base, 0, end);
    kr_decref(base);
    if (prefix == NULL)
        return NULL;
    if (name == NULL || KR_STR_LEN(name) == 0)
        return prefix;
    KrObject *r = kr_str_from_format("%U.%U", prefix, name);
    kr_decref(prefix);
    return r;
}

/* builtins.__import__(name, globals, locals, fromlist, level) */
KrObject *kr_import_module_level(KrObject *name, KrObject *globals, KrObject *fromlist, int level)
{
    if (!KR_STR_CHECK(name))
        return kr_err_format(&kr_exc_TypeError, "module name must be str, not %s",
                             kr_type_name(KR_TYPE(name)));
    if (level < 0)
        return kr_err_format(&kr_exc_ValueError, "level must be >= 0");
    KrObject *absname;
    if (level > 0) {
        absname = resolve_name(name, globals, level);
        if (absname == NULL)
            return NULL;
    } else {
        if (KR_STR_LEN(name) == 0)
            return kr_err_format(&kr_exc_ValueError, "Empty module name");
        absname = kr_newref(name);
    }
    KrObject *mod = import_dotted(absname);
    if (mod == NULL) {
        kr_decref(absname);
        return NULL;
    }
    int has_from = fromlist != NULL && fromlist != kr_None && kr_object_is_true(fromlist) > 0;
    if (!has_from) {
        /* `import a.b.c` binds the top-level package a */
        if (level == 0 || KR_STR_LEN(name) > 0) {
            Kr_ssize_t cut;
            if (level == 0) {
                cut = 0;
                while (cut < KR_STR_LEN(name) && KR_STR_CHAR(name, cut) != '.')
                    cut++;
                if (cut < KR_STR_LEN(name)) {
                    KrObject *top = kr_str_substr(name, 0, cut);
                    KrObject *tm = top ? kr_dict_get_item(modules(), top) : NULL;
                    kr_xdecref(top);
                    if (tm) {
                        kr_decref(mod);
                        mod = kr_newref(tm);
                    }
                }
            } else {
                /* from-less relative import: the package of the first component */
                Kr_ssize_t first = 0;
                while (first < KR_STR_LEN(name) && KR_STR_CHAR(name, first) != '.')
                    first++;
                Kr_ssize_t keep = KR_STR_LEN(absname) - (KR_STR_LEN(name) - first);
                KrObject *top = kr_str_substr(absname, 0, keep);
                KrObject *tm = top ? kr_dict_get_item(modules(), top) : NULL;
                kr_xdecref(top);
                if (tm) {
                    kr_decref(mod);
                    mod = kr_newref(tm);
                }
            }
        }
        kr_decref(absname);
        return mod;
    }
    /* from package import submodule: import submodules named in fromlist */
    KrObject *path = kr_dict_get_item(kr_module_dict(mod), KR_ID(__path__));
    if (path != NULL && KR_MODULE_CHECK(mod)) {
        KrObject *items = kr_sequence_tuple(fromlist);
        if (items == NULL) {
            kr_decref(absname);
            kr_decref(mod);
            return NULL;
        }
        for (Kr_ssize_t i = 0; i < KR_SIZE(items); i++) {
            KrObject *item = KR_TUPLE_GET(items, i);
            if (!KR_STR_CHECK(item) || kr_str_eq_cstr(item, "*"))
                continue;
            if (kr_dict_get_item(kr_module_dict(mod), item) != NULL)
                continue;
            KrObject *sub = kr_str_from_format("%U.%U", absname, item);
            if (sub == NULL)
                break;
            KrObject *sm = import_dotted(sub);
            kr_decref(sub);
            if (sm == NULL) {
                /* a missing submodule is IMPORT_FROM's error to report */
                if (kr_err_matches_type(&kr_exc_ModuleNotFoundError))
                    kr_err_clear();
                else {
                    kr_decref(items);
                    kr_decref(absname);
                    kr_decref(mod);
                    return NULL;
                }
            } else {
                kr_decref(sm);
            }
        }
        kr_decref(items);
    }
    kr_decref(absname);
    return mod;
}

KrObject *kr_import(KrObject *name)
{
    return import_dotted(name);
}

KrObject *kr_import_cstr(const char *name)
{
    KrObject *n = kr_str_from_cstr(name);
    if (n == NULL)
        return NULL;
    KrObject *m = import_dotted(n);
    kr_decref(n);
    return m;
}
