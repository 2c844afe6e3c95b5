/*
 * main.c -- the `krait` command line.  The only file that sees every layer:
 * it installs the frontend as the runtime's compile hook and the import
 * system as its import hook, then runs a program as __main__.
 *
 *   krait [options] FILE [args]   run a script
 *   krait [options] -c CODE [args]
 *   krait [options] -m MODULE [args]
 *   krait [options] - [args]      program from stdin
 *
 * The program runs on a thread with a large stack so that deep recursion
 * through C (repr of nested containers, __eq__ chains) reaches Python's
 * RecursionError long before the C stack is exhausted.
 */
#include "krait.h"
#include "frontend.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define KRAIT_VERSION "0.1.0"

extern KrObject *kr_import_module_level(KrObject *name, KrObject *globals, KrObject *fromlist,
                                        int level);

/* runtime/modules/_ast.c: AST objects for compile() */
extern int kr_ast_check_object(KrObject *o);
extern KrObject *kr_ast_compile_object(KrObject *tree, KrObject *filename, int mode, int flags);
extern KrObject *kr_ast_parse_to_object(const char *src, Kr_ssize_t len, KrObject *filename,
                                        int mode);
#define KR_CF_ONLY_AST 0x400

static KrObject *compile_hook(KrObject *source, KrObject *filename, const char *mode, int flags)
{
    int m;
    if (strcmp(mode, "exec") == 0)
        m = KR_MODE_EXEC;
    else if (strcmp(mode, "eval") == 0)
        m = KR_MODE_EVAL;
    else if (strcmp(mode, "single") == 0)
        m = KR_MODE_SINGLE;
    else
        return kr_err_format(&kr_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    const char *src;
    Kr_ssize_t len;
    if (KR_BYTES_CHECK(source)) {
        src = KR_BYTES_DATA(source);
        len = KR_SIZE(source);
    } else if (KR_STR_CHECK(source)) {
        src = kr_str_utf8(source, &len);
        if (src == NULL)
            return NULL;
    } else if (kr_ast_check_object(source)) {
        return kr_ast_compile_object(source, filename, m, flags);
    } else {
        return kr_err_format(&kr_exc_TypeError,
                             "compile() arg 1 must be a string, bytes or AST object");
    }
    if (memchr(src, 0, (size_t)len) != NULL)
        return kr_err_format(&kr_exc_SyntaxError, "source code string cannot contain null bytes");
    if (flags & KR_CF_ONLY_AST)
        return kr_ast_parse_to_object(src, len, filename, m);
    return kr_compile_source(src, len, filename, m, flags);
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            "Options:\n"
            "  -c cmd      program passed in as string\n"
            "  -m mod      run library module as a script\n"
            "  -X opt      implementation-specific option (kept in sys._xoptions)\n"
            "  --jit       compile hot code with the libgccjit JIT\n"
            "  --version   print the version and exit\n"
            "  -h, --help  print this help and exit\n"
            "  -           program read from stdin\n");
}

typedef struct Options {
    const char *command;      /* -c */
    const char *module;       /* -m */
    const char *file;         /* script or "-" */
    int argc;                 /* remaining args for sys.argv[1:] */
    char **argv;
    const char *xopts[64];
    int nxopts;
    int jit;
    int unbuffered;
} Options;

static int parse_options(int argc, char **argv, Options *o)
{
    memset(o, 0, sizeof *o);
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("Python 3.11.7 (krait %s)\n", KRAIT_VERSION);
            exit(0);
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            exit(0);
        }
        if (strcmp(a, "--jit") == 0) {
            o->jit = 1;
            continue;
        }
        if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the %s option\n", a);
                usage(stderr);
                exit(2);
            }
            if (a[1] == 'c')
                o->command = argv[i + 1];
            else
                o->module = argv[i + 1];
            o->argc = argc - (i + 2);
            o->argv = argv + i + 2;
            return 0;
        }
        if (strncmp(a, "-c", 2) == 0 && a[2]) {
            o->command = a + 2;
            o->argc = argc - (i + 1);
            o->argv = argv + i + 1;
            return 0;
        }
        if (strcmp(a, "-X") == 0 || strncmp(a, "-X", 2) == 0) {
            const char *v = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (v == NULL) {
                fprintf(stderr, "Argument expected for the -X option\n");
                exit(2);
            }
            if (o->nxopts < 64)
                o->xopts[o->nxopts++] = v;
            continue;
        }
        if (strcmp(a, "-") == 0) {
            o->file = "-";
            o->argc = argc - (i + 1);
            o->argv = argv + i + 1;
            return 0;
        }
        if (a[0] == '-' && a[1] != 0) {
            /* CPython's one-letter flags: -u matters, the rest are accepted */
            const char *p = a + 1;
            int ok = 1;
            for (; *p; p++) {
                if (!strchr("uBEOsSIqdiRvW", *p))
                    ok = 0;
                if (*p == 'u')
                    o->unbuffered = 1;
            }
            if (ok)
                continue;
            fprintf(stderr, "Unknown option: %s\n", a);
            usage(stderr);
            exit(2);
        }
        o->file = a;
        o->argc = argc - (i + 1);
        o->argv = argv + i + 1;
        return 0;
    }
    o->file = "-";
    o->argc = 0;
    o->argv = argv + argc;
    return 0;
}

static char *read_stream(FILE *f, Kr_ssize_t *len)
{
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
        if (n + 1 >= cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (nb == NULL)
                free(buf);
            buf = nb;
        }
    }
    if (buf) {
        buf[n] = 0;
        *len = (Kr_ssize_t)n;
    }
    return buf;
}

/* Handles an uncaught exception: SystemExit gives its code; anything else
 * prints a traceback.  Returns the process exit status. */
static int handle_uncaught(void)
{
    KrObject *exc = kr_err_fetch();
    if (exc == NULL)
        return 0;
    if (kr_type_is_subtype(KR_TYPE(exc), &kr_exc_SystemExit)) {
        KrObject *code = kr_object_getattr_str(exc, "code");
        int status = 0;
        if (code == NULL) {
            kr_err_clear();
        } else if (code == kr_None) {
            status = 0;
        } else if (KR_INT_CHECK(code)) {
            int overflow = 0;
            status = (int)kr_int_as_i64(code, &overflow);
            if (overflow)
                status = -1;
        } else {
            KrObject *s = kr_object_str(code);
            kr_runtime_flush();
            if (s) {
                const char *t = kr_str_utf8(s, NULL);
                kr_sys_write_stderr(t ? t : "");
                kr_sys_write_stderr("\n");
                kr_decref(s);
            }
            kr_err_clear();
            status = 1;
        }
        kr_xdecref(code);
        kr_decref(exc);
        return status;
    }
    kr_runtime_flush();
    int is_kbd = kr_type_is_subtype(KR_TYPE(exc), &kr_exc_KeyboardInterrupt);
    kr_err_print(exc);
    kr_decref(exc);
    return is_kbd ? 130 : 1;
}

static KrObject *new_main_module(const char *file)
{
    KrObject *m = kr_module_new("__main__");
    if (m == NULL)
        return NULL;
    KrObject *d = kr_module_dict(m);
    /* As CPython, __main__ holds the builtins module itself (imported
     * modules get its dict); frames use the module's dict either way. */
    KrObject *bmod = kr_dict_get_item_str(KR_INTERP()->modules, "builtins");
    if (bmod == NULL)
        bmod = KR_INTERP()->builtins;
    if (kr_dict_set_item(d, KR_ID(__builtins__), bmod) < 0 ||
        kr_dict_set_item_str(KR_INTERP()->modules, "__main__", m) < 0) {
        kr_decref(m);
        return NULL;
    }
    if (file) {
        KrObject *f = kr_str_from_cstr(file);
        if (f == NULL || kr_dict_set_item(d, KR_ID(__file__), f) < 0) {
            kr_xdecref(f);
            kr_decref(m);
            return NULL;
        }
        kr_decref(f);
    }
    return m;
}

/* __package__ for the next __main__ (-m), or NULL to leave it None. */
static const char *pending_package;

static int run_source(const char *src, Kr_ssize_t len, const char *filename, const char *file_attr)
{
    KrObject *main_mod = new_main_module(file_attr);
    if (main_mod == NULL)
        return handle_uncaught();
    if (pending_package != NULL) {
        KrObject *pk = kr_str_from_cstr(pending_package);
        if (pk == NULL || kr_dict_set_item(kr_module_dict(main_mod), KR_ID(__package__), pk) < 0)
            kr_err_clear();
        kr_xdecref(pk);
        pending_package = NULL;
    }
    KR_INTERP()->main_module = main_mod;
    KrObject *fn = kr_str_from_cstr(filename);
    KrObject *code = fn ? kr_compile_source(src, len, fn, KR_MODE_EXEC, 0) : NULL;
    kr_xdecref(fn);
    int status = 0;
    if (code != NULL) {
        KrObject *r = kr_eval_code(code, kr_module_dict(main_mod), NULL);
        kr_decref(code);
        if (r != NULL)
            kr_decref(r);
    }
    if (kr_err_occurred())
        status = handle_uncaught();
    /* wait for non-daemon threads, as CPython does at exit */
    KrObject *threading = kr_dict_get_item_str(KR_INTERP()->modules, "threading");
    if (threading != NULL && threading != kr_None) {
        KrObject *r = kr_call_method0(threading, kr_str_intern_cstr("_shutdown"));
        if (r == NULL)
            kr_unraisable("Exception ignored in threading shutdown", NULL);
        else
            kr_decref(r);
    }
    /* then the atexit callbacks (lib/atexit.py), if the module was used */
    KrObject *ax = kr_dict_get_item_str(KR_INTERP()->modules, "atexit");
    if (ax != NULL && ax != kr_None) {
        KrObject *r = kr_call_method0(ax, kr_str_intern_cstr("_run_exitfuncs"));
        if (r == NULL)
            kr_unraisable("Exception ignored in atexit", NULL);
        else
            kr_decref(r);
    }
    /* CPython's exit: __main__ leaves sys.modules and is dropped.  Its
     * dict then goes by reference counting (values released in insertion
     * order) or, when a function defined in it closes a cycle through its
     * globals, with kr_runtime_fini's first collection (finalizers in
     * allocation order); a __main__ still imported elsewhere is emptied
     * with the other modules there. */
    KrInterp *in = KR_INTERP();
    if (kr_dict_get_item_str(in->modules, "__main__") == main_mod &&
        kr_dict_del_item_str(in->modules, "__main__") < 0)
        kr_err_clear();
    KR_CLEAR(in->main_module);
    if (kr_err_occurred())
        kr_err_clear();
    return status;
}

/* Runs file as __main__ for -m, with __package__ set so that the module's
 * relative imports work. */
static int run_module_file(const char *file, const char *package)
{
    FILE *f = fopen(file, "rb");
    if (f == NULL)
        return -1;
    Kr_ssize_t len = 0;
    char *src = read_stream(f, &len);
    fclose(f);
    if (src == NULL)
        return 1;
    KrObject *a0 = kr_str_from_cstr(file);
    if (a0 && KR_SIZE(KR_INTERP()->argv) > 0)
        KR_SETREF(KR_LIST_ITEMS(KR_INTERP()->argv)[0], a0);
    pending_package = package;
    int st = run_source(src, len, file, file);
    free(src);
    return st;
}

static int is_regular(const char *p)
{
    FILE *f = fopen(p, "rb");
    if (f)
        fclose(f);
    return f != NULL;
}

/* krait -m NAME: NAME.py on the search path, or a package's __main__.py;
 * the parent package is imported first (as runpy does). */
static int run_module(const char *name)
{
    char parent[1024] = "";
    const char *leaf = name;
    const char *dot = strrchr(name, '.');
    KrObject *search;
    if (dot != NULL) {
        snprintf(parent, sizeof parent, "%.*s", (int)(dot - name), name);
        leaf = dot + 1;
        KrObject *pm = kr_import_cstr(parent);
        if (pm == NULL)
            return handle_uncaught();
        search = kr_dict_get_item(kr_module_dict(pm), KR_ID(__path__));
        kr_xincref(search);
        kr_decref(pm);
    } else {
        search = kr_newref(kr_dict_get_item_str(KR_INTERP()->sysdict, "path"));
    }
    for (Kr_ssize_t i = 0; search && KR_LIST_CHECK(search) && i < KR_SIZE(search); i++) {
        KrObject *p = KR_LIST_GET(search, i);
        if (!KR_STR_CHECK(p))
            continue;
        const char *dir = kr_str_utf8(p, NULL);
        char buf[4096];
        snprintf(buf, sizeof buf, "%s%s%s.py", dir, *dir ? "/" : "", leaf);
        if (is_regular(buf)) {
            kr_decref(search);
            return run_module_file(buf, parent);
        }
        snprintf(buf, sizeof buf, "%s%s%s/__init__.py", dir, *dir ? "/" : "", leaf);
        if (is_regular(buf)) {
            /* a package: import it, then run its __main__ */
            kr_decref(search);
            KrObject *pkg = kr_import_cstr(name);
            if (pkg == NULL)
                return handle_uncaught();
            kr_decref(pkg);
            snprintf(buf, sizeof buf, "%s%s%s/__main__.py", dir, *dir ? "/" : "", leaf);
            if (!is_regular(buf)) {
                fprintf(stderr, "krait: No module named %s.__main__; '%s' is a package and cannot be directly executed\n",
                        name, name);
                return 1;
            }
            return run_module_file(buf, name);
        }
    }
    kr_xdecref(search);
    fprintf(stderr, "krait: No module named %s\n", name);
    return 1;
}

typedef struct MainArgs {
    int argc;
    char **argv;
    int status;
} MainArgs;

static void *real_main(void *arg)
{
    MainArgs *ma = arg;
    Options o;
    parse_options(ma->argc, ma->argv, &o);

    /* sys.argv as CPython builds it */
    int n = o.argc + 1;
    char **sargv = calloc((size_t)n + 1, sizeof(char *));
    sargv[0] = (char *)(o.command ? "-c" : o.module ? o.module : o.file);
    for (int i = 0; i < o.argc; i++)
        sargv[i + 1] = o.argv[i];
    if (kr_runtime_init(n, sargv) < 0) {
        fprintf(stderr, "krait: failed to initialise the runtime\n");
        ma->status = 1;
        return NULL;
    }
    free(sargv);
    KrInterp *in = KR_INTERP();
    const char *ub = getenv("PYTHONUNBUFFERED");
    in->unbuffered_stdio = o.unbuffered || (ub != NULL && *ub != 0);
    in->hooks.compile = compile_hook;
    in->hooks.import = kr_import_module_level;
    for (int i = 0; i < o.nxopts; i++) {
        const char *eq = strchr(o.xopts[i], '=');
        KrObject *k = eq ? kr_str_from_utf8(o.xopts[i], eq - o.xopts[i]) : kr_str_from_cstr(o.xopts[i]);
        KrObject *v = eq ? kr_str_from_cstr(eq + 1) : kr_newref(kr_True);
        if (k && v)
            kr_dict_set_item(in->xoptions, k, v);
        kr_xdecref(k);
        kr_xdecref(v);
    }
    if (kr_dict_get_item_str(in->xoptions, "gc-stress")) {
        extern void kr_gc_set_stress(int on);
        kr_gc_set_stress(1);
    }
    if (o.jit)
        fprintf(stderr, "krait: this build has no JIT yet; running on the interpreter\n");
    {
        KrObject *xo = kr_dict_get_item_str(in->sysdict, "_xoptions");
        if (xo && xo != in->xoptions && KR_DICT_CHECK(xo))
            kr_dict_merge(xo, in->xoptions, 1);
    }

    int status;
    if (o.command) {
        status = run_source(o.command, (Kr_ssize_t)strlen(o.command), "<string>", NULL);
    } else if (o.module) {
        status = run_module(o.module);
    } else if (strcmp(o.file, "-") == 0) {
        Kr_ssize_t len = 0;
        char *src = read_stream(stdin, &len);
        status = src ? run_source(src, len, "<stdin>", "<stdin>") : 1;
        free(src);
    } else {
        FILE *f = fopen(o.file, "rb");
        if (f == NULL) {
            int e = errno;
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", ma->argv[0], o.file, e,
                    strerror(e));
            ma->status = 2;
            return NULL;
        }
        Kr_ssize_t len = 0;
        char *src = read_stream(f, &len);
        fclose(f);
        /* 3.9+: __main__.__file__ and code filenames are absolute */
        char *abs = realpath(o.file, NULL);
        const char *fname = abs ? abs : o.file;
        status = src ? run_source(src, len, fname, fname) : 1;
        free(abs);
        free(src);
    }
    kr_runtime_fini();
    if (kr_runtime_leaks() > 0)
        status = 99;                /* -X leakcheck found leaks (debug builds) */
    ma->status = status;
    return NULL;
}

int main(int argc, char **argv)
{
    MainArgs ma = { argc, argv, 0 };
    pthread_attr_t attr;
    pthread_t th;
    /* 1 GiB of address space: pages are only touched as recursion deepens. */
    if (pthread_attr_init(&attr) == 0 &&
        pthread_attr_setstacksize(&attr, (size_t)1 << 30) == 0 &&
        pthread_create(&th, &attr, real_main, &ma) == 0) {
        pthread_join(th, NULL);
    } else {
        real_main(&ma);
    }
    fflush(stdout);
    return ma.status;
}
