import ast
def L(n):
    return ast.fix_missing_locations(n)
cases = {
 'assign_load': ast.Module([ast.Assign([ast.Name('x', ast.Load())], ast.Constant(1))], []),
 'assign_empty': ast.Module([ast.Assign([], ast.Constant(1))], []),
 'const_target': ast.Module([ast.Assign([ast.Constant(1)], ast.Constant(1))], []),
 'empty_fn_body': ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], None)], []),
 'defaults_mismatch': ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, [ast.Constant(1)]), [ast.Pass()], [], None)], []),
 'dict_mismatch': ast.Module([ast.Expr(ast.Dict([ast.Constant(1)], []))], []),
 'compare_mismatch': ast.Module([ast.Expr(ast.Compare(ast.Constant(1), [ast.Lt()], []))], []),
 'empty_if': ast.Module([ast.If(ast.Constant(1), [], [])], []),
 'bad_ident': ast.Module([ast.Expr(ast.Name('None', ast.Load()))], []),
 'kwdefaults_mismatch': ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [ast.arg('a')], [], None, []), [ast.Pass()], [], None)], []),
 'empty_try': ast.Module([ast.Try([], [], [], [])], []),
 'import_from_neg': ast.Module([ast.ImportFrom('x', [ast.alias('y')], -1)], []),
 'starred_load_assign': ast.Module([ast.Expr(ast.Starred(ast.Name('x', ast.Load()), ast.Load()))], []),
 'bool_one': ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1)]))], []),
 'nonlocal_mod': ast.Module([ast.Nonlocal(['x'])], []),
}
for name, tree in cases.items():
    L(tree)
    try:
        co = compile(tree, '<v>', 'exec')
        print(name, 'compiled')
    except Exception as e:
        print(name, type(e).__name__, e)

more = {
    'line_range': ast.Module([ast.Expr(ast.Constant(1, lineno=2, col_offset=0, end_lineno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], []),
    'col_range': ast.Module([ast.Expr(ast.Constant(1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], []),
    'walrus_attr': L(ast.Module([ast.Expr(ast.NamedExpr(ast.Attribute(ast.Name('a', ast.Load()), 'b', ast.Store()), ast.Constant(1)))], [])),
    'try_bare': L(ast.Module([ast.Try([ast.Pass()], [], [ast.Pass()], [])], [])),
    'try_orelse': L(ast.Module([ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])], [])),
    'raise_cause': L(ast.Module([ast.Raise(None, ast.Constant(1))], [])),
    'no_generators': L(ast.Module([ast.Expr(ast.ListComp(ast.Name('x', ast.Load()), []))], [])),
    'none_stmt': ast.Module([None], []),
    'none_expr': L(ast.Module([ast.Expr(ast.List([None], ast.Load()))], [])),
    'del_load': L(ast.Module([ast.Delete([ast.Name('x', ast.Load())])], [])),
    'with_empty': L(ast.Module([ast.With([], [ast.Pass()])], [])),
    'ann_simple': L(ast.Module([ast.AnnAssign(ast.Attribute(ast.Name('a', ast.Load()), 'b', ast.Store()), ast.Name('int', ast.Load()), None, 1)], [])),
    'import_empty': L(ast.Module([ast.Import([])], [])),
    'global_empty': L(ast.Module([ast.Global([])], [])),
    'for_target': L(ast.Module([ast.For(ast.Name('i', ast.Load()), ast.Name('x', ast.Load()), [ast.Pass()], [])], [])),
    'lambda_defaults': L(ast.Module([ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, [ast.Constant(1)]), ast.Constant(1)))], [])),
    'compare_ops': L(ast.Module([ast.Expr(ast.Compare(ast.Constant(1), [ast.Lt(), ast.Gt()], [ast.Constant(2)]))], [])),
    'while_body': L(ast.Module([ast.While(ast.Constant(1), [], [])], [])),
    'class_body': L(ast.Module([ast.ClassDef('C', [], [], [], [])], [])),
    'handler_body': L(ast.Module([ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [])], [], [])], [])),
    'expression_store': L(ast.Expression(ast.Name('x', ast.Store()))),
    'ok_program': L(ast.Module([ast.Assign([ast.Tuple([ast.Name('a', ast.Store()), ast.Starred(ast.Name('b', ast.Store()), ast.Store())], ast.Store())], ast.List([ast.Constant(1), ast.Constant(2), ast.Constant(3)], ast.Load()))], [])),
}
for name, tree in more.items():
    mode = 'eval' if isinstance(tree, ast.Expression) else 'exec'
    try:
        co = compile(tree, '<v>', mode)
        ns = {}
        exec(co, ns)
        print(name, 'ran', ns.get('a'), ns.get('b'))
    except Exception as e:
        print(name, type(e).__name__, e)
