using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Cchc.Scoring.Formulas;

#pragma warning disable SA1402 // The syntax of a formula lives with its parser.

/// <summary>A part of a formula as written, before it is checked and compiled.</summary>
internal abstract class Syntax;

/// <summary>A number written in the text (0 when the number itself is a problem, already reported).</summary>
internal sealed class NumberSyntax(decimal value) : Syntax
{
    public decimal Value => value;
}

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed class BooleanSyntax(bool value) : Syntax
{
    public bool Value => value;
}

/// <summary>A value of a kind a formula cannot hold: text in quotes or a date between <c>#</c>.</summary>
internal sealed class ForeignValueSyntax(string kind) : Syntax
{
    public string Kind => kind;
}

/// <summary>A name: <c>value</c>, <c>[value]</c> or <c>{value}</c>.</summary>
internal sealed class NameSyntax(string name) : Syntax
{
    public string Name => name;
}

/// <summary>A function call <c>name(a, b, …)</c>.</summary>
internal sealed class CallSyntax(string name, Syntax[] arguments) : Syntax
{
    public string Name => name;

    public Syntax[] Arguments => arguments;
}

/// <summary>A prefix operator: <c>-</c>, <c>+</c>, <c>not</c> (<c>!</c>) or a rejected one (<c>~</c>).</summary>
internal sealed class UnarySyntax(string symbol, Syntax operand) : Syntax
{
    public string Symbol => symbol;

    public Syntax Operand => operand;
}

/// <summary>An operator between two operands, allowed or not (<c>**</c>, <c>&amp;</c>, … are parsed to be reported).</summary>
internal sealed class BinarySyntax(string symbol, Syntax left, Syntax right) : Syntax
{
    public string Symbol => symbol;

    public Syntax Left => left;

    public Syntax Right => right;
}

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed class TernarySyntax(Syntax condition, Syntax whenTrue, Syntax whenFalse) : Syntax
{
    public Syntax Condition => condition;

    public Syntax WhenTrue => whenTrue;

    public Syntax WhenFalse => whenFalse;
}

/// <summary>
/// Reads formula text into <see cref="Syntax"/>: a hand-written tokenizer and recursive-descent parser for the small
/// grammar a formula may use. It never backtracks: each character is looked at a bounded number of times, so the cost
/// is linear in the length of the text (at most <see cref="FormulaRule.MaxLength"/> characters), whatever the text.
/// Brackets are matched, and their nesting bounded by <see cref="FormulaRule.MaxDepth"/>, before parsing; recursion
/// while parsing is bounded too. Problems say where they are, as a character position counted from 1.
/// </summary>
/// <remarks>
/// The grammar, from the loosest to the tightest binding (NCalc's, whose syntax formulas were first written in):
/// <c>?:</c>; <c>??</c>; <c>or</c> <c>||</c>; <c>and</c> <c>&amp;&amp;</c>; <c>|</c>; <c>^</c>; <c>&amp;</c>;
/// <c>= == != &lt;&gt;</c>; <c>&lt; &lt;= &gt; &gt;=</c>; <c>&lt;&lt; &gt;&gt;</c>; <c>+ -</c>; <c>* / %</c>; prefix
/// <c>- + not ! ~</c>; <c>**</c>; then numbers, <c>true</c>/<c>false</c>, names, calls and brackets. The operators
/// that a formula may not use are parsed all the same, so that the problem names them.
/// </remarks>
internal sealed class FormulaParser
{
    /// <summary>
    /// The deepest recursion of the parser: brackets, calls, prefix operators, <c>**</c> and <c>?:</c> nested in one
    /// another. Brackets alone are bounded by <see cref="FormulaRule.MaxDepth"/> before parsing, and the others by the
    /// same bound when compiling, so no expression that compiles reaches twice that.
    /// </summary>
    private const int MaxRecursion = 2 * FormulaRule.MaxDepth;

    /// <summary>Binary operators by level, from the loosest to the tightest binding.</summary>
    private static readonly string[][] Levels =
    [
        ["??"],
        ["or", "||"],
        ["and", "&&"],
        ["|"],
        ["^"],
        ["&"],
        ["=", "==", "!=", "<>"],
        ["<", "<=", ">", ">="],
        ["<<", ">>"],
        ["+", "-"],
        ["*", "/", "%"],
    ];

    private readonly List<Token> _tokens;
    private readonly List<string> _problems;
    private int _next;
    private int _recursion;

    private FormulaParser(List<Token> tokens, List<string> problems)
    {
        _tokens = tokens;
        _problems = problems;
    }

    private enum TokenKind
    {
        Number,
        Name,
        Word,
        Foreign,
        Symbol,
        End,
    }

    /// <summary>
    /// Parses <paramref name="text"/>. Problems go to <paramref name="problems"/>; the syntax is null when the text
    /// cannot be read (a problem says where). A number that cannot be used (an exponent, hexadecimal, more digits than
    /// a decimal holds) is a problem but does not stop the parse, so that the other problems are found too.
    /// </summary>
    public static Syntax? Parse(string text, List<string> problems)
    {
        var tokens = Tokenize(text, problems, out bool readable);
        if (!readable || !CheckBrackets(tokens, problems))
        {
            return null;
        }

        var parser = new FormulaParser(tokens, problems);
        return parser.ParseAll();
    }

    private static string At(int position) => "character " + position.ToString(CultureInfo.InvariantCulture);

    private static string CannotBeRead(string what) => "The expression cannot be read: " + what;

    /// <summary>Splits the text into tokens; false in <paramref name="readable"/> when a character cannot be part of a formula.</summary>
    private static List<Token> Tokenize(string text, List<string> problems, out bool readable)
    {
        var tokens = new List<Token>();
        readable = true;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            int position = i + 1;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && IsAsciiDigit(text[i + 1])))
            {
                while (i < text.Length && (IsAsciiDigit(text[i]) || text[i] == '.' || IsWordPart(text[i]) || (IsSign(text[i]) && IsExponentMark(text[i - 1]) && IsAsciiDigit(text[start]))))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i], position, Number(text[start..i], position, problems)));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (IsWordPart(text[i]) || IsAsciiDigit(text[i])))
                {
                    i++;
                }

                string word = text[start..i];
                tokens.Add(new Token(IsKeyword(word) ? TokenKind.Word : TokenKind.Name, word, position));
            }
            else if (c is '[' or '{')
            {
                char close = c == '[' ? ']' : '}';
                int end = text.IndexOf(close, i + 1);
                if (end < 0)
                {
                    problems.Add(CannotBeRead("the name that starts with '" + c + "' at " + At(position) + " is never closed with '" + close + "'."));
                    readable = false;
                    break;
                }

                tokens.Add(new Token(TokenKind.Name, text[(i + 1)..end], position));
                i = end + 1;
            }
            else if (c is '\'' or '"' or '#')
            {
                int end = i + 1;
                while (end < text.Length && text[end] != c)
                {
                    end += text[end] == '\\' && c != '#' ? 2 : 1;
                }

                if (end >= text.Length)
                {
                    problems.Add(CannotBeRead((c == '#' ? "the date" : "the text") + " that starts with " + c + " at " + At(position) + " is never closed."));
                    readable = false;
                    break;
                }

                tokens.Add(new Token(TokenKind.Foreign, c == '#' ? "date" : "string", position));
                i = end + 1;
            }
            else if (Symbol(text, i) is string symbol)
            {
                tokens.Add(new Token(TokenKind.Symbol, symbol, position));
                i += symbol.Length;
            }
            else
            {
                string shown = char.IsSurrogate(c) || char.IsControl(c) || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format
                    ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                    : "'" + c + "' (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")";
                problems.Add(CannotBeRead("the character " + shown + " at " + At(position) + " cannot be used in a formula."));
                readable = false;
                i++;
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length + 1));
        return tokens;
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static bool IsWordPart(char c) => char.IsLetter(c) || c == '_' || char.IsDigit(c);

    private static bool IsSign(char c) => c is '+' or '-';

    private static bool IsExponentMark(char c) => c is 'e' or 'E';

    private static bool IsKeyword(string word) => word.ToLowerInvariant() is "and" or "or" or "not" or "true" or "false" or "in" or "like";

    /// <summary>The operator or punctuation at <paramref name="at"/>, the longest first; null for none.</summary>
    private static string? Symbol(string text, int at)
    {
        if (at + 1 < text.Length)
        {
            string two = text.Substring(at, 2);
            if (two is "**" or "<=" or ">=" or "<>" or "<<" or ">>" or "==" or "!=" or "&&" or "||" or "??")
            {
                return two;
            }
        }

        return text[at] switch
        {
            '+' or '-' or '*' or '/' or '%' or '<' or '>' or '=' or '!' or '&' or '|' or '^' or '~' or '?' or ':' or '(' or ')' or ',' => text[at].ToString(),
            _ => null,
        };
    }

    /// <summary>
    /// The value of a number as written: digits, with an optional decimal point. An exponent, hexadecimal digits or
    /// more digits than a <see cref="decimal"/> holds exactly are problems (the value is then 0).
    /// </summary>
    private static decimal Number(string written, int position, List<string> problems)
    {
        // Digits with at most one decimal point, on either side of which digits may be missing (5. and .5 are numbers).
        bool plain = written.Count(c => c == '.') <= 1 && written.All(c => IsAsciiDigit(c) || c == '.') && written.Any(IsAsciiDigit);

        if (!plain)
        {
            string lower = written.ToLowerInvariant();
            if (lower.StartsWith("0x", StringComparison.Ordinal))
            {
                problems.Add("The number '" + written + "' at " + At(position) + " is hexadecimal; write numbers in decimal digits, e.g. 16 rather than 0x10.");
            }
            else if (IsExponentNumber(lower))
            {
                problems.Add("The number '" + written + "' at " + At(position) + " has an exponent; write numbers plainly, without an exponent (1000 rather than 1e3).");
            }
            else
            {
                problems.Add(CannotBeRead("'" + written + "' at " + At(position) + " is not a number; write numbers with digits and at most one decimal point, e.g. 90 or 0.5."));
            }

            return 0;
        }

        if (decimal.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
            && Significant(value.ToString(CultureInfo.InvariantCulture)) == Significant(written))
        {
            return value;
        }

        problems.Add("The number '" + written + "' at " + At(position) + " cannot be used: a number with more than 28 significant digits cannot be held exactly (and none beyond ±79228162514264337593543950335).");
        return 0;
    }

    /// <summary>True for digits, an optional fraction, then e or E, an optional sign and digits.</summary>
    private static bool IsExponentNumber(string lower)
    {
        int e = lower.IndexOf('e', StringComparison.Ordinal);
        if (e <= 0)
        {
            return false;
        }

        string mantissa = lower[..e];
        string exponent = lower[(e + 1)..].TrimStart('+', '-');
        return exponent.Length > 0 && exponent.All(IsAsciiDigit) && mantissa.All(c => IsAsciiDigit(c) || c == '.') && mantissa.Count(c => c == '.') <= 1;
    }

    /// <summary>A plain number written without the zeros that do not change its value (<c>007.50</c> → <c>7.5</c>).</summary>
    private static string Significant(string number)
    {
        int point = number.IndexOf('.', StringComparison.Ordinal);
        string whole = (point < 0 ? number : number[..point]).TrimStart('0');
        string fraction = point < 0 ? string.Empty : number[(point + 1)..].TrimEnd('0');
        return (whole.Length == 0 ? "0" : whole) + (fraction.Length == 0 ? string.Empty : "." + fraction);
    }

    /// <summary>
    /// Matches the round brackets and bounds their nesting, before any parsing: every bracket left open or closed
    /// without an opening one is reported with its position.
    /// </summary>
    private static bool CheckBrackets(List<Token> tokens, List<string> problems)
    {
        var open = new Stack<int>();
        int deepest = 0;
        var unmatched = new List<int>();
        foreach (var token in tokens)
        {
            if (token.Is("("))
            {
                open.Push(token.Position);
                deepest = Math.Max(deepest, open.Count);
            }
            else if (token.Is(")"))
            {
                if (open.Count == 0)
                {
                    unmatched.Add(token.Position);
                }
                else
                {
                    open.Pop();
                }
            }
        }

        bool fine = true;
        if (unmatched.Count > 0)
        {
            problems.Add(CannotBeRead(Brackets(unmatched, ")", "has no matching '(' before it", "have no matching '(' before them")));
            fine = false;
        }

        if (open.Count > 0)
        {
            var positions = new List<int>(open);
            positions.Reverse();
            problems.Add(CannotBeRead(Brackets(positions, "(", "is never closed", "are never closed")));
            fine = false;
        }

        if (deepest > FormulaRule.MaxDepth)
        {
            problems.Add("The expression is nested too deeply: " + deepest.ToString(CultureInfo.InvariantCulture) + " levels of brackets, at most " + FormulaRule.MaxDepth.ToString(CultureInfo.InvariantCulture) + ".");
            fine = false;
        }

        return fine;
    }

    /// <summary>"the bracket '(' at character 3 is never closed", or the same for several, listing the first few positions.</summary>
    private static string Brackets(List<int> positions, string bracket, string one, string many)
    {
        if (positions.Count == 1)
        {
            return "the bracket '" + bracket + "' at " + At(positions[0]) + " " + one + ".";
        }

        const int Shown = 5;
        var text = new StringBuilder().Append(positions.Count.ToString(CultureInfo.InvariantCulture)).Append(" brackets '").Append(bracket).Append("' ").Append(many).Append(", at characters ");
        for (int i = 0; i < Math.Min(Shown, positions.Count); i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(positions[i].ToString(CultureInfo.InvariantCulture));
        }

        return text.Append(positions.Count > Shown ? ", …" : string.Empty).Append('.').ToString();
    }

    private Token Peek => _tokens[_next];

    private Syntax? ParseAll()
    {
        var syntax = Ternary();
        if (syntax is not null && Peek.Kind != TokenKind.End)
        {
            return Fail(Peek.Is(")") || Peek.Is(",") || Peek.Is(":") ? "unexpected " + Describe(Peek) + "." : "an operator was expected before " + Describe(Peek) + ".");
        }

        return syntax;
    }

    private Syntax? Ternary()
    {
        var condition = Binary(0);
        if (condition is null || !Peek.Is("?"))
        {
            return condition;
        }

        if (!Enter())
        {
            return null;
        }

        try
        {
            _next++;
            var whenTrue = Ternary();
            if (whenTrue is null)
            {
                return null;
            }

            if (!Peek.Is(":"))
            {
                return Fail("':' was expected after the first branch of '?', but found " + Describe(Peek) + ".");
            }

            _next++;
            var whenFalse = Ternary();
            return whenFalse is null ? null : new TernarySyntax(condition, whenTrue, whenFalse);
        }
        finally
        {
            _recursion--;
        }
    }

    private Syntax? Binary(int level)
    {
        if (level == Levels.Length)
        {
            return Unary();
        }

        var left = Binary(level + 1);
        while (left is not null)
        {
            if (Peek.Kind == TokenKind.Word && Peek.Text.ToLowerInvariant() is "in" or "like")
            {
                _problems.Add("The operator '" + Peek.Text + "' at " + At(Peek.Position) + " is not allowed; use + - * / %, comparisons, and, or, not.");
                _next = _tokens.Count - 1;
                return null;
            }

            string? symbol = Array.Find(Levels[level], s => Peek.Is(s));
            if (symbol is null)
            {
                return left;
            }

            _next++;
            var right = Binary(level + 1);
            left = right is null ? null : new BinarySyntax(symbol, left, right);
        }

        return null;
    }

    private Syntax? Unary()
    {
        string? symbol = Peek.Is("-") || Peek.Is("+") || Peek.Is("!") || Peek.Is("not") || Peek.Is("~") ? Peek.Text.ToLowerInvariant() : null;
        if (symbol is null)
        {
            return Power();
        }

        if (!Enter())
        {
            return null;
        }

        try
        {
            _next++;
            var operand = Unary();
            return operand is null ? null : new UnarySyntax(symbol == "!" ? "not" : symbol, operand);
        }
        finally
        {
            _recursion--;
        }
    }

    private Syntax? Power()
    {
        var left = Primary();
        if (left is null || !Peek.Is("**"))
        {
            return left;
        }

        if (!Enter())
        {
            return null;
        }

        try
        {
            _next++;
            var right = Unary();
            return right is null ? null : new BinarySyntax("**", left, right);
        }
        finally
        {
            _recursion--;
        }
    }

    private Syntax? Primary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _next++;
                return new NumberSyntax(token.Value);
            case TokenKind.Foreign:
                _next++;
                return new ForeignValueSyntax(token.Text);
            case TokenKind.Word when token.Text.ToLowerInvariant() is "true" or "false":
                _next++;
                return new BooleanSyntax(token.Text.Equals("true", StringComparison.OrdinalIgnoreCase));
            case TokenKind.Name when _tokens[_next + 1].Is("("):
                return Call(token);
            case TokenKind.Name:
                _next++;
                return new NameSyntax(token.Text);
            case TokenKind.Symbol when token.Is("("):
                return Bracketed();
            default:
                return Fail("a number, a name or '(' was expected, but found " + Describe(token) + ".");
        }
    }

    private Syntax? Bracketed()
    {
        if (!Enter())
        {
            return null;
        }

        try
        {
            _next++;
            var inner = Ternary();
            if (inner is null)
            {
                return null;
            }

            // Brackets are balanced (checked before parsing), so what follows a complete expression inside them can only be ')' or a misplaced token.
            if (!Peek.Is(")"))
            {
                return Fail("')' or an operator was expected, but found " + Describe(Peek) + ".");
            }

            _next++;
            return inner;
        }
        finally
        {
            _recursion--;
        }
    }

    private Syntax? Call(Token name)
    {
        if (!Enter())
        {
            return null;
        }

        try
        {
            _next += 2;
            var arguments = new List<Syntax>();
            if (Peek.Is(")"))
            {
                _next++;
                return new CallSyntax(name.Text, [.. arguments]);
            }

            while (true)
            {
                var argument = Ternary();
                if (argument is null)
                {
                    return null;
                }

                arguments.Add(argument);
                if (Peek.Is(")"))
                {
                    _next++;
                    return new CallSyntax(name.Text, [.. arguments]);
                }

                if (!Peek.Is(","))
                {
                    return Fail("',' or ')' was expected in the arguments of '" + name.Text + "', but found " + Describe(Peek) + ".");
                }

                _next++;
            }
        }
        finally
        {
            _recursion--;
        }
    }

    private bool Enter()
    {
        if (++_recursion <= MaxRecursion)
        {
            return true;
        }

        _problems.Add("The expression is nested too deeply: at most " + FormulaRule.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels of operations.");
        _next = _tokens.Count - 1;
        return false;
    }

    private Syntax? Fail(string what)
    {
        _problems.Add(CannotBeRead(what));
        _next = _tokens.Count - 1;
        return null;
    }

    private static string Describe(Token token) => token.Kind switch
    {
        TokenKind.End => "the end of the expression (" + At(token.Position) + ")",
        TokenKind.Foreign => "a " + (token.Text == "date" ? "date" : "text") + " at " + At(token.Position),
        _ => "'" + token.Text + "' at " + At(token.Position),
    };

    private readonly record struct Token(TokenKind Kind, string Text, int Position, decimal Value = 0)
    {
        public bool Is(string symbol) => (Kind == TokenKind.Symbol && Text == symbol) || (Kind == TokenKind.Word && Text.Equals(symbol, StringComparison.OrdinalIgnoreCase));
    }
}
