using System.Buffers;

namespace HookSuite.Core.Python;

/// <summary>Walks the statement tree of one module and records its symbols, imports, classes and attribute reads.</summary>
public sealed class ModuleParser
{
    private static readonly HashSet<string> SafeClassDecorators =
    [
        "dataclass", "dataclasses.dataclass", "total_ordering", "functools.total_ordering", "final", "typing.final",
        "unique", "enum.unique", "runtime_checkable", "typing.runtime_checkable", "dataclass_transform",
    ];

    internal static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    private static readonly string[] ImportErrors = ["ImportError", "ModuleNotFoundError", "Exception", "BaseException"];
    private static readonly string[] AttributeErrors = ["AttributeError", "Exception", "BaseException"];

    private readonly ModuleSymbols _module = new();

    /// <summary>Attribute reads with their scope, resolved against the scopes' final bindings when the walk ends.</summary>
    /// <remarks>One list per thread, cleared per file: a big file has tens of thousands of reads.</remarks>
    private readonly List<(TokenSlice Chain, Scope Scope)> _reads = t_reads ??= [];

    [ThreadStatic]
    private static List<(TokenSlice Chain, Scope Scope)>? t_reads;

    /// <remarks>A struct: <c>with</c> copies it for every block instead of allocating.</remarks>
    private readonly record struct Context(
        Scope Scope, ClassInfo? Class, bool InFunction, bool TypeChecking, bool GuardedImport, bool GuardedAttribute, bool TopLevel);

    /// <summary>Parses source text; a syntax error is recorded on the result, never thrown.</summary>
    public static ModuleSymbols Parse(string source)
    {
        var text = ArrayPool<char>.Shared.Rent(source.Length);
        try
        {
            source.CopyTo(0, text, 0, source.Length);
            return Parse(text, source.Length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    /// <summary>Parses the first <paramref name="length"/> characters of <paramref name="text"/> (which may be a pooled array).</summary>
    private static ModuleSymbols Parse(char[] text, int length)
    {
        var parser = new ModuleParser();
        try
        {
            // Statements are slices of the thread's token buffer: the walk ends before the next file reuses it.
            var statements = StatementParser.Parse(Tokenizer.TokenizeIntoThreadBuffer(text, length));
            parser.WalkBlock(statements, new Context(parser._module.ModuleScope, null, false, false, false, false, true));
            parser.ResolveReads();
        }
        catch (PythonSyntaxException ex)
        {
            parser._module.SyntaxError = ex;
        }
        finally
        {
            // The reads point into this file's tokens: none may reach the next file.
            parser._reads.Clear();
        }
        return parser._module;
    }

    /// <summary>
    /// Parses a file's bytes, decoded into a pooled buffer: a big file's text as a string would be a large-object
    /// allocation, and those trigger full collections (measured: nine over the standard library).
    /// </summary>
    public static ModuleSymbols Parse(byte[] bytes)
    {
        char[] text;
        int length;
        try
        {
            (text, length) = SourceDecoder.DecodePooled(bytes);
        }
        catch (PythonSyntaxException ex)
        {
            return new ModuleSymbols { SyntaxError = ex };
        }
        try
        {
            return Parse(text, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    /// <summary>Keeps the reads the analysis can check: on <c>self</c> in a method, or on a name with one telling binding.</summary>
    private void ResolveReads()
    {
        foreach (var (tokens, scope) in _reads)
        {
            var receiver = tokens[0].Text;
            var attribute = tokens[2].Text;
            if (_module.ProbedAttributes.Contains(attribute))
            {
                continue;
            }
            if (scope.SelfName == receiver && scope.Owner is { } owner)
            {
                // Most reads are self.x of the class's own members: they can never be missing, so they are not kept.
                if (!owner.Members.Contains(attribute))
                {
                    _module.AttributeUses.Add(Use(tokens, owner, null));
                }
            }
            else if (scope.SoleBinding(receiver) is { } binding && (binding.CallOf is not null || binding.Annotation is not null))
            {
                _module.AttributeUses.Add(Use(tokens, null, binding));
            }
        }
    }

    /// <summary>The kept read's names and positions, copied out of the token buffer (which the next file reuses).</summary>
    private static AttributeUse Use(TokenSlice dotted, ClassInfo? selfClass, Binding? binding)
    {
        var links = (dotted.Count + 1) / 2;
        var chain = new string[links];
        var positions = new (int, int)[links];
        for (var k = 0; k < links; k++)
        {
            chain[k] = dotted[2 * k].Text;
            positions[k] = (dotted[2 * k].Line, dotted[2 * k].Column);
        }
        return new AttributeUse(chain, positions, selfClass, binding);
    }

    private void WalkBlock(IReadOnlyList<Statement> block, Context context)
    {
        for (var i = 0; i < block.Count; i++)
        {
            var statement = block[i];
            if (statement.Keyword == "try")
            {
                var handlers = new List<Statement>();
                for (var j = i + 1; j < block.Count && block[j].Keyword is "except" or "else" or "finally"; j++)
                {
                    handlers.Add(block[j]);
                }
                var excepts = handlers.Where(h => h.Keyword == "except").ToList();
                var importGuard = excepts.Any(h => Catches(h, ImportErrors) && ProvidesFallback(h));
                var attributeGuard = excepts.Any(h => Catches(h, AttributeErrors));
                WalkBlock(statement.Body, context with
                {
                    GuardedImport = context.GuardedImport || importGuard,
                    GuardedAttribute = context.GuardedAttribute || attributeGuard,
                });
                continue;
            }
            Walk(statement, context);
        }
    }

    private static bool Catches(Statement handler, string[] errors) =>
        handler.Tokens.Count == 0
        || handler.Tokens.Any(t => t.Kind == TokenKind.Name && errors.Contains(t.Text));

    /// <summary>A handler that only re-raises or exits does not make the import optional.</summary>
    private static bool ProvidesFallback(Statement handler) =>
        !handler.Body.All(s => s.IsSimple && s.Tokens.Count > 0 && (s.Tokens[0].IsName("raise")
            || IsCallTo(s.Tokens, "sys.exit") || IsCallTo(s.Tokens, "exit") || IsCallTo(s.Tokens, "quit") || IsCallTo(s.Tokens, "os._exit")));

    private static bool IsCallTo(TokenSlice tokens, string dotted)
    {
        var (name, end) = TokenRanges.Dotted(tokens, 0);
        return name == dotted && end < tokens.Count && tokens[end].IsOp("(");
    }

    private void Walk(Statement statement, Context context)
    {
        switch (statement.Keyword)
        {
            case "simple":
                WalkSimple(statement, context);
                break;
            case "def":
                WalkDef(statement, context);
                break;
            case "class":
                WalkClass(statement, context);
                break;
            case "if" or "elif":
                ScanExpression(statement.Tokens, context);
                var typeChecking = statement.Keyword == "if" && IsTypeCheckingTest(statement.Tokens);
                WalkBlock(statement.Body, context with { TypeChecking = context.TypeChecking || typeChecking });
                break;
            case "for":
                var inAt = TokenRanges.IndexAtDepth(statement.Tokens, t => t.IsName("in"));
                if (inAt > 0)
                {
                    BindTargets(statement.Tokens.GetRange(0, inAt), context, Binding.Unknown, statement.Line, "for");
                    ScanExpression(statement.Tokens.GetRange(inAt + 1, statement.Tokens.Count - inAt - 1), context);
                }
                WalkBlock(statement.Body, context);
                break;
            case "with":
                WalkWith(statement, context);
                break;
            case "except":
                var asAt = TokenRanges.IndexAtDepth(statement.Tokens, t => t.IsName("as"));
                if (asAt >= 0 && asAt + 1 < statement.Tokens.Count)
                {
                    BindName(statement.Tokens[asAt + 1].Text, context, Binding.Unknown, statement.Line, "except");
                }
                WalkBlock(statement.Body, context);
                break;
            default:
                ScanExpression(statement.Tokens, context);
                WalkBlock(statement.Body, context);
                break;
        }
    }

    private static bool IsTypeCheckingTest(TokenSlice header)
    {
        var (name, end) = TokenRanges.Dotted(header, 0);
        return end == header.Count && name is not null && (name == "TYPE_CHECKING" || name.EndsWith(".TYPE_CHECKING", StringComparison.Ordinal));
    }

    private void WalkWith(Statement statement, Context context)
    {
        var header = statement.Tokens;
        if (header.Count > 1 && header[0].IsOp("(") && TokenRanges.MatchingClose(header, 0) == header.Count - 1
            && TokenRanges.IndexAtDepth(header.GetRange(1, header.Count - 2), t => t.IsName("as")) >= 0)
        {
            header = header.GetRange(1, header.Count - 2);
        }
        var suppressesImportErrors = false;
        foreach (var item in TokenRanges.SplitAtDepth(header, ","))
        {
            var asAt = TokenRanges.IndexAtDepth(item, t => t.IsName("as"));
            var expression = asAt >= 0 ? item.GetRange(0, asAt) : item;
            var (callee, _) = TokenRanges.Dotted(expression, 0);
            var guardsImports = callee is "suppress" or "contextlib.suppress" or "raises" or "pytest.raises"
                || (callee?.EndsWith(".assertRaises", StringComparison.Ordinal) ?? false);
            if (guardsImports && expression.Any(t => t.Kind == TokenKind.Name && ImportErrors.Contains(t.Text)))
            {
                suppressesImportErrors = true;
            }
            ScanExpression(expression, context);
            if (asAt >= 0)
            {
                BindTargets(item.GetRange(asAt + 1, item.Count - asAt - 1), context, Binding.Unknown, statement.Line, "with");
            }
        }
        WalkBlock(statement.Body, context with { GuardedImport = context.GuardedImport || suppressesImportErrors });
    }

    private void WalkDef(Statement statement, Context context)
    {
        var tokens = statement.Tokens;
        if (tokens.Count == 0 || tokens[0].Kind != TokenKind.Name)
        {
            throw new PythonSyntaxException("invalid syntax: expected a function name", statement.Line, statement.Column);
        }
        var name = tokens[0].Text;
        var decorators = statement.Decorators.Count == 0 ? [] : statement.Decorators.Select(d => TokenRanges.Dotted(d, 0).Name).ToList();
        foreach (var decorator in statement.Decorators)
        {
            ScanExpression(decorator, context);
        }

        if (context.Class is { } owner)
        {
            owner.Members.Add(name);
            owner.Methods.TryAdd(name, statement.Line);
            if (name is "__getattr__" or "__getattribute__")
            {
                owner.Dynamic = true;
            }
        }
        else
        {
            BindName(name, context, Binding.Unknown, statement.Line, "function");
            if (context.TopLevel && name == "__getattr__")
            {
                _module.Open = true;
            }
        }

        var scope = new Scope(context.Scope, context.Class);
        var parameters = Parameters(tokens);
        var isStatic = decorators.Contains("staticmethod");
        var isClassMethod = decorators.Contains("classmethod");
        if (context.Class is not null && !isStatic && parameters.Count > 0 && !parameters[0].Star)
        {
            scope.SelfName = parameters[0].Name;
        }
        foreach (var parameter in parameters)
        {
            scope.Bind(parameter.Name, new Binding(null, parameter.Annotation));
            ScanExpression(parameter.Rest, context);
        }

        var body = context with { Scope = scope, Class = null, InFunction = true, TopLevel = false, GuardedImport = false, GuardedAttribute = false };
        WalkBlock(statement.Body, body);

        if (isClassMethod && context.Class is { } cls && scope.SelfName is { } clsName && ReturnsInstance(statement.Body, clsName, cls.Name))
        {
            cls.Constructors.Add(name);
        }
    }

    private static bool ReturnsInstance(IReadOnlyList<Statement> body, string clsName, string className) =>
        body.Any(s => s.IsSimple
            ? s.Tokens.Count > 2 && s.Tokens[0].IsName("return") && (s.Tokens[1].IsName(clsName) || s.Tokens[1].IsName(className)) && s.Tokens[2].IsOp("(")
            : ReturnsInstance(s.Body, clsName, className));

    private sealed record Parameter(string Name, string? Annotation, bool Star, TokenSlice Rest);

    private static List<Parameter> Parameters(TokenSlice header)
    {
        var open = 1;
        if (open < header.Count && header[open].IsOp("["))
        {
            open = TokenRanges.MatchingClose(header, open) + 1;
        }
        if (open >= header.Count || !header[open].IsOp("("))
        {
            return [];
        }
        var close = TokenRanges.MatchingClose(header, open);
        var result = new List<Parameter>();
        foreach (var part in TokenRanges.SplitAtDepth(header.GetRange(open + 1, Math.Max(0, close - open - 1)), ","))
        {
            var i = 0;
            var star = false;
            while (i < part.Count && part[i].Kind == TokenKind.Op && part[i].Text is "*" or "**" or "/")
            {
                star = true;
                i++;
            }
            if (i >= part.Count || part[i].Kind != TokenKind.Name)
            {
                continue;
            }
            string? annotation = null;
            if (i + 1 < part.Count && part[i + 1].IsOp(":"))
            {
                var (dotted, end) = TokenRanges.Dotted(part, i + 2);
                annotation = dotted ?? StringAnnotation(part, i + 2);
                _ = end;
            }
            result.Add(new Parameter(part[i].Text, annotation, star, part.GetRange(i + 1, part.Count - i - 1)));
        }
        return result;
    }

    private static string? StringAnnotation(TokenSlice tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Kind != TokenKind.String)
        {
            return null;
        }
        var literal = StringLiterals.Value(tokens[at].Text);
        return literal is not null && literal.All(c => char.IsLetterOrDigit(c) || c is '_' or '.') ? literal : null;
    }

    private void WalkClass(Statement statement, Context context)
    {
        var tokens = statement.Tokens;
        if (tokens.Count == 0 || tokens[0].Kind != TokenKind.Name)
        {
            throw new PythonSyntaxException("invalid syntax: expected a class name", statement.Line, statement.Column);
        }
        var info = new ClassInfo(tokens[0].Text, statement.Line, statement.Column);
        foreach (var decorator in statement.Decorators)
        {
            ScanExpression(decorator, context);
            var (name, _) = TokenRanges.Dotted(decorator, 0);
            if (name is null || !SafeClassDecorators.Contains(name))
            {
                info.Dynamic = true;
            }
            if (name is not null && (name == "global_enum" || name.EndsWith(".global_enum", StringComparison.Ordinal)))
            {
                // enum.global_enum copies the members into the module's namespace.
                _module.Open = true;
            }
        }

        var open = 1;
        if (open < tokens.Count && tokens[open].IsOp("["))
        {
            open = TokenRanges.MatchingClose(tokens, open) + 1;
        }
        if (open < tokens.Count && tokens[open].IsOp("("))
        {
            var close = TokenRanges.MatchingClose(tokens, open);
            foreach (var part in TokenRanges.SplitAtDepth(tokens.GetRange(open + 1, Math.Max(0, close - open - 1)), ","))
            {
                if (part.Count >= 2 && part[0].Kind == TokenKind.Name && part[1].IsOp("="))
                {
                    if (part[0].Text == "metaclass")
                    {
                        info.Dynamic = true;
                    }
                    ScanExpression(part.GetRange(2, part.Count - 2), context);
                    continue;
                }
                if (part.Count > 0 && part[0].Kind == TokenKind.Op && part[0].Text is "*" or "**")
                {
                    info.Bases.Add("?");
                    continue;
                }
                var (dotted, end) = TokenRanges.Dotted(part, 0);
                info.Bases.Add(dotted is not null && (end == part.Count || part[end].IsOp("[")) ? dotted : "?");
                ScanExpression(part, context);
            }
        }

        if (context.Class is { } outer)
        {
            outer.Members.Add(info.Name);
            outer.Nested[info.Name] = info;
        }
        else
        {
            BindName(info.Name, context, Binding.Unknown, statement.Line, "class");
            if (!context.InFunction)
            {
                _module.Classes[info.Name] = info;
            }
        }
        WalkBlock(statement.Body, context with { Class = info, TopLevel = false });
    }

    private void WalkSimple(Statement statement, Context context)
    {
        var tokens = statement.Tokens;
        var first = tokens[0];
        if (first.IsName("import"))
        {
            ParseImport(statement, context);
            return;
        }
        if (first.IsName("from") && tokens.Count > 1)
        {
            ParseFromImport(statement, context);
            return;
        }
        if (first.Kind == TokenKind.Name && first.Text is "global" or "nonlocal")
        {
            foreach (var token in tokens.Skip(1).Where(t => t.Kind == TokenKind.Name))
            {
                if (first.Text == "global")
                {
                    context.Scope.DeclareGlobal(token.Text);
                    _module.Names.Add(token.Text);
                }
            }
            return;
        }
        if (first.IsName("type") && tokens.Count > 2 && tokens[1].Kind == TokenKind.Name && tokens[2].Text is "=" or "[")
        {
            BindName(tokens[1].Text, context, Binding.Unknown, statement.Line, "assign");
            ScanExpression(tokens.GetRange(2, tokens.Count - 2), context);
            return;
        }
        if (first.Kind == TokenKind.Name && Keywords.Contains(first.Text))
        {
            ScanExpression(tokens, context);
            return;
        }

        // Annotated assignment: target ':' annotation ['=' value]
        var colon = TokenRanges.IndexAtDepth(tokens, t => t.IsOp(":"));
        var firstEquals = TokenRanges.IndexAtDepth(tokens, t => t.IsOp("="));
        if (colon > 0 && (firstEquals < 0 || colon < firstEquals) && !tokens.Take(colon).Any(t => t.IsName("lambda")))
        {
            var target = tokens.GetRange(0, colon);
            var hasValue = firstEquals > colon;
            if (context.Class is { } owner && target.Count == 1 && target[0].Kind == TokenKind.Name)
            {
                // Class-level annotations are fields (dataclasses, NamedTuple, TypedDict) even without a value.
                owner.Members.Add(target[0].Text);
            }
            else if (hasValue)
            {
                BindTargets(target, context, ValueOf(tokens.GetRange(firstEquals + 1, tokens.Count - firstEquals - 1)), statement.Line, "assign");
            }
            else if (target.Count == 3 && target[1].IsOp(".") && context.Scope.SelfName == target[0].Text && context.Scope.Owner is { } selfClass)
            {
                selfClass.Members.Add(target[2].Text);
            }
            ScanExpression(tokens.GetRange(colon + 1, tokens.Count - colon - 1), context);
            return;
        }

        // Augmented assignment.
        var augmented = TokenRanges.IndexAtDepth(tokens, t => t.Kind == TokenKind.Op && t.Text.Length >= 2 && t.Text[^1] == '=' && t.Text is not ("==" or "<=" or ">=" or "!="));
        if (augmented > 0 && (firstEquals < 0 || augmented < firstEquals))
        {
            var target = tokens.GetRange(0, augmented);
            if (target.Count == 1 && target[0].IsName("__all__") && context.TopLevel)
            {
                AddToAll(tokens.GetRange(augmented + 1, tokens.Count - augmented - 1));
            }
            BindTargets(target, context, Binding.Unknown, statement.Line, "assign");
            ScanExpression(tokens, context);
            return;
        }

        // Plain (possibly chained) assignment: t1 = t2 = value
        var segments = firstEquals > 0 ? SplitAssignment(tokens) : null;
        if (segments is { Count: > 1 })
        {
            var value = segments[^1];
            var binding = ValueOf(value);
            if (value.Count == 1 && value[0].Kind == TokenKind.Name)
            {
                // An alias (model_cls = LoraModel) is a class used as a value.
                _module.NamesPassedAsArguments.Add(value[0].Text);
            }
            for (var s = 0; s < segments.Count - 1; s++)
            {
                var target = segments[s];
                if (target.Count == 1 && target[0].IsName("__all__") && context.TopLevel)
                {
                    _module.All = [];
                    AddToAll(value);
                }
                if (target.Count == 1 && target[0].IsName("__slots__") && context.Class is { } slotted)
                {
                    foreach (var literal in value.Where(t => t.Kind == TokenKind.String).Select(t => StringLiterals.Value(t.Text)).OfType<string>())
                    {
                        slotted.Members.Add(literal);
                    }
                }
                BindTargets(target, context, binding, statement.Line, "assign");
            }
            ScanExpression(value, context);
            return;
        }

        // __all__.extend([...]) / __all__.append("x")
        if (context.TopLevel && tokens.Count > 3 && tokens[0].IsName("__all__") && tokens[1].IsOp(".") && tokens[2].Text is "extend" or "append")
        {
            AddToAll(tokens.GetRange(3, tokens.Count - 3));
        }
        ScanExpression(tokens, context);
    }

    private void AddToAll(TokenSlice value)
    {
        _module.All ??= [];
        foreach (var token in value)
        {
            if (token.Kind == TokenKind.String && StringLiterals.Value(token.Text) is { } name)
            {
                _module.All.Add(name);
            }
        }
    }

    /// <summary>Splits <c>a = b = value</c> at the '=' signs outside brackets, stopping at a lambda's defaults.</summary>
    private static List<TokenSlice> SplitAssignment(TokenSlice tokens)
    {
        var segments = new List<TokenSlice>();
        var start = 0;
        var depth = 0;
        var sawLambda = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Op)
            {
                if (token.Text is "(" or "[" or "{")
                {
                    depth++;
                }
                else if (token.Text is ")" or "]" or "}")
                {
                    depth--;
                }
                else if (token.Text == "=" && depth == 0 && !sawLambda)
                {
                    segments.Add(tokens.GetRange(start, i - start));
                    start = i + 1;
                }
            }
            else if (depth == 0 && token.IsName("lambda"))
            {
                sawLambda = true;
            }
        }
        segments.Add(tokens.From(start));
        return segments;
    }

    private static Binding ValueOf(TokenSlice value)
    {
        if (value.Count > 2 && value[^1].IsOp(")"))
        {
            var (callee, end) = TokenRanges.Dotted(value, 0);
            if (callee is not null && end < value.Count && value[end].IsOp("(") && TokenRanges.MatchingClose(value, end) == value.Count - 1)
            {
                return new Binding(callee);
            }
        }
        return Binding.Unknown;
    }

    private void BindTargets(TokenSlice target, Context context, Binding binding, int line, string kind)
    {
        if (target.Count == 0)
        {
            return;
        }
        if (target.Count == 1 && target[0].Kind == TokenKind.Name)
        {
            // The common target, without splitting.
            BindName(target[0].Text, context, binding, line, kind);
            return;
        }
        var parts = TokenRanges.SplitAtDepth(target, ",");
        if (parts.Count > 1)
        {
            foreach (var part in parts)
            {
                BindTargets(part, context, Binding.Unknown, line, kind);
            }
            return;
        }
        var single = parts[0];
        if (single.Count == 0)
        {
            return;
        }
        if (single[0].Kind == TokenKind.Op && single[0].Text is "(" or "[" && TokenRanges.MatchingClose(single, 0) == single.Count - 1)
        {
            BindTargets(single.GetRange(1, single.Count - 2), context, Binding.Unknown, line, kind);
            return;
        }
        if (single[0].IsOp("*"))
        {
            BindTargets(single.GetRange(1, single.Count - 1), context, Binding.Unknown, line, kind);
            return;
        }
        if (single.Count == 1 && single[0].Kind == TokenKind.Name)
        {
            BindName(single[0].Text, context, binding, line, kind);
            return;
        }
        // An attribute target: x.y.z = … defines z on whatever x.y is.
        if (single.Count >= 3 && single[^2].IsOp(".") && single[^1].Kind == TokenKind.Name)
        {
            var attribute = single[^1].Text;
            _module.AssignedAttributes.Add(attribute);
            if (single.Count == 3 && single[0].Kind == TokenKind.Name && single[0].Text == context.Scope.SelfName && context.Scope.Owner is { } owner)
            {
                owner.Members.Add(attribute);
            }
            ScanExpression(single.GetRange(0, single.Count - 2), context);
            return;
        }
        ScanExpression(single, context);
    }

    private void BindName(string name, Context context, Binding binding, int line, string kind)
    {
        if (context.Class is { } owner)
        {
            owner.Members.Add(name);
            return;
        }
        if (!context.InFunction || context.Scope.IsGlobal(name))
        {
            _module.Names.Add(name);
            if (!context.InFunction && kind is "function" or "class" or "assign")
            {
                _module.Definitions.Add(new Definition(kind, name, line));
            }
        }
        context.Scope.Bind(name, binding);
    }

    private void ParseImport(Statement statement, Context context)
    {
        var tokens = statement.Tokens;
        foreach (var part in TokenRanges.SplitAtDepth(tokens.GetRange(1, tokens.Count - 1), ","))
        {
            var (module, end) = TokenRanges.Dotted(part, 0);
            if (module is null)
            {
                throw new PythonSyntaxException("invalid syntax in import", statement.Line, statement.Column);
            }
            string? alias = end + 1 < part.Count && part[end].IsName("as") ? part[end + 1].Text : null;
            var imported = new ImportedName(module, alias);
            _module.Imports.Add(new ImportInfo(statement.Line, statement.Column, false, module, 0, [imported],
                context.GuardedImport, context.TypeChecking, context.InFunction));
            BindName(imported.Bound, context, new Binding("import:" + (alias is null ? module.Split('.')[0] : module)), statement.Line, "import");
        }
    }

    private void ParseFromImport(Statement statement, Context context)
    {
        var tokens = statement.Tokens;
        var i = 1;
        var level = 0;
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Op && tokens[i].Text is "." or "...")
        {
            level += tokens[i].Text.Length;
            i++;
        }
        var module = "";
        if (i < tokens.Count && !tokens[i].IsName("import"))
        {
            var (dotted, end) = TokenRanges.Dotted(tokens, i);
            module = dotted ?? throw new PythonSyntaxException("invalid syntax in from-import", statement.Line, statement.Column);
            i = end;
        }
        if (i >= tokens.Count || !tokens[i].IsName("import"))
        {
            throw new PythonSyntaxException("invalid syntax: expected 'import'", statement.Line, statement.Column);
        }
        var rest = tokens.GetRange(i + 1, tokens.Count - i - 1);
        if (rest.Count > 1 && rest[0].IsOp("(") && rest[^1].IsOp(")"))
        {
            rest = rest.GetRange(1, rest.Count - 2);
        }
        var names = new List<ImportedName>();
        foreach (var part in TokenRanges.SplitAtDepth(rest, ","))
        {
            if (part.Count == 0)
            {
                continue;
            }
            if (part[0].IsOp("*"))
            {
                names.Add(new ImportedName("*", null));
                continue;
            }
            var alias = part.Count >= 3 && part[1].IsName("as") ? part[2].Text : null;
            names.Add(new ImportedName(part[0].Text, alias));
        }
        var info = new ImportInfo(statement.Line, statement.Column, true, module, level, names, context.GuardedImport, context.TypeChecking, context.InFunction);
        _module.Imports.Add(info);
        foreach (var name in names.Where(n => n.Name != "*"))
        {
            BindName(name.AsName ?? name.Name, context, new Binding($"from:{new string('.', level)}{module}:{name.Name}"), statement.Line, "import");
        }
    }

    private static readonly HashSet<string> TypeTests = ["isinstance", "issubclass", "type", "super", "print", "repr", "str", "id", "hash", "len"];

    /// <summary>
    /// A name used as a value, not called or dereferenced: an argument, a keyword argument or default, an element of a
    /// tuple, list or dict, a returned value. A class used so may be subclassed or combined where the analysis cannot
    /// see (<c>type(name, (cls, base_class), {})</c>, a registry of model classes).
    /// </summary>
    private static bool IsBareValue(TokenSlice tokens, int i)
    {
        if (i < 1)
        {
            return false;
        }
        var before = tokens[i - 1];
        var ends = i + 1 >= tokens.Count || (tokens[i + 1].Kind == TokenKind.Op && tokens[i + 1].Text is ")" or "," or "]" or "}");
        var starts = before.Kind == TokenKind.Op
            ? before.Text is "(" or "," or "=" or "[" or "{" or ":"
            : before.Kind == TokenKind.Name && before.Text is "return" or "yield";
        var typeTest = before.IsOp("(") && i >= 2 && tokens[i - 2].Kind == TokenKind.Name && TypeTests.Contains(tokens[i - 2].Text);
        return ends && starts && !typeTest;
    }

    /// <summary>Records attribute reads, walrus targets, comprehension and lambda variables, and hasattr probes.</summary>
    private void ScanExpression(TokenSlice tokens, Context context)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Name)
            {
                continue;
            }
            if (IsBareValue(tokens, i))
            {
                _module.NamesPassedAsArguments.Add(token.Text);
            }
            if (i + 1 < tokens.Count && tokens[i + 1].IsOp(":="))
            {
                BindName(token.Text, context with { Class = null }, Binding.Unknown, token.Line, "walrus");
                continue;
            }
            if (token.Text == "for")
            {
                var inAt = tokens.FindIndex(i + 1, t => t.IsName("in"));
                if (inAt > i)
                {
                    foreach (var name in tokens.GetRange(i + 1, inAt - i - 1).Where(t => t.Kind == TokenKind.Name))
                    {
                        context.Scope.Bind(name.Text, Binding.Unknown);
                    }
                }
                continue;
            }
            if (token.Text == "lambda")
            {
                for (var j = i + 1; j < tokens.Count && !tokens[j].IsOp(":"); j++)
                {
                    if (tokens[j].Kind == TokenKind.Name)
                    {
                        context.Scope.Bind(tokens[j].Text, Binding.Unknown);
                    }
                }
                continue;
            }
            if (token.Text is "hasattr" or "getattr" or "setattr" or "delattr" && i + 1 < tokens.Count && tokens[i + 1].IsOp("("))
            {
                var close = TokenRanges.MatchingClose(tokens, i + 1);
                var args = TokenRanges.SplitAtDepth(tokens.GetRange(i + 2, Math.Max(0, close - i - 2)), ",");
                if (args.Count >= 2 && args[1].Count == 1 && args[1][0].Kind == TokenKind.String && StringLiterals.Value(args[1][0].Text) is { } probed)
                {
                    _module.ProbedAttributes.Add(probed);
                }
                if (token.Text == "setattr" && args.Count >= 1 && args[0].Count == 1 && args[0][0].Text == context.Scope.SelfName && context.Scope.Owner is { } owner)
                {
                    owner.Dynamic = true;
                }
                if (token.Text == "setattr" && args.Count >= 2)
                {
                    if (args[1].Count == 1 && args[1][0].Kind == TokenKind.String && StringLiterals.Value(args[1][0].Text) is { } set)
                    {
                        _module.AssignedAttributes.Add(set);
                    }
                    else
                    {
                        _module.SetsComputedAttributes = true;
                    }
                }
                continue;
            }
            // globals() writes module names even from inside a function (re._constants does); locals()/exec only at module level.
            if (i + 1 < tokens.Count && tokens[i + 1].IsOp("(") && (token.Text == "globals" || (token.Text is "locals" or "exec" && !context.InFunction)))
            {
                _module.Open = true;
            }
            if (token.Text == "__name__" && !context.InFunction && i >= 1 && tokens[i - 1].Kind == TokenKind.Op && tokens[i - 1].Text is "(" or ",")
            {
                // A call handed this module's name (enum._convert_(…, __name__, …)) may add names to it.
                _module.Open = true;
            }
            if (token.Text == "modules" && i >= 2 && tokens[i - 1].IsOp(".") && tokens[i - 2].IsName("sys") && !context.InFunction)
            {
                _module.Open = true;
            }
            if (i > 0 && tokens[i - 1].IsOp("."))
            {
                continue;
            }
            if (Keywords.Contains(token.Text) || i + 2 >= tokens.Count || !tokens[i + 1].IsOp(".") || tokens[i + 2].Kind != TokenKind.Name)
            {
                continue;
            }
            var j2 = i + 1;
            while (j2 + 1 < tokens.Count && tokens[j2].IsOp(".") && tokens[j2 + 1].Kind == TokenKind.Name)
            {
                j2 += 2;
            }
            var links = (j2 - i + 1) / 2;
            if (!context.GuardedAttribute)
            {
                _reads.Add((tokens.GetRange(i, 2 * links - 1), context.Scope));
            }
            // nn.Module registers attributes by name: self.register_buffer("mask", …) makes self.mask exist.
            if (links == 2 && tokens[i].Text == context.Scope.SelfName && context.Scope.Owner is { } registering
                && tokens[i + 2].Text is "register_buffer" or "register_parameter" or "add_module" or "register_module"
                && j2 + 1 < tokens.Count && tokens[j2].IsOp("(") && tokens[j2 + 1].Kind == TokenKind.String
                && StringLiterals.Value(tokens[j2 + 1].Text) is { } registered)
            {
                registering.Members.Add(registered);
            }
            i = j2 - 1;
        }
    }
}
