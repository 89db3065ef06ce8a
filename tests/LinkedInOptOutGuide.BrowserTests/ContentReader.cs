using System.Globalization;
using System.Text;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// Reads the text out of one page content stream: the strings shown by Tj, TJ, ' and " in the current font,
/// with a line break wherever a text object starts or the text moves to another line.
/// </summary>
internal sealed class ContentReader(string content, IReadOnlyDictionary<string, CMap> fonts, StringBuilder output)
{
    private readonly List<object> operands = [];
    private int position;
    private CMap font = CMap.Latin1;

    public void Run()
    {
        while (Next() is { } token)
        {
            if (token is Operator op)
            {
                Apply(op.Name);
                operands.Clear();
            }
            else
            {
                operands.Add(token);
            }
        }
    }

    private void Apply(string op)
    {
        switch (op)
        {
            case "BT" or "T*" or "Tm":
                NewLine();
                break;
            case "Td" or "TD" when operands.Count == 2 && operands[1] is double dy && Math.Abs(dy) > 0.01:
                NewLine();
                break;
            case "Tf" when operands.Count == 2 && operands[0] is Name name:
                font = fonts.TryGetValue(name.Value, out var found) ? found : CMap.Latin1;
                break;
            case "Tj" or "'" or "\"" when operands.Count > 0 && operands[^1] is byte[] bytes:
                if (op != "Tj")
                {
                    NewLine();
                }
                Show(bytes);
                break;
            case "TJ" when operands.Count > 0 && operands[^1] is List<object> parts:
                foreach (var part in parts)
                {
                    if (part is byte[] shown)
                    {
                        Show(shown);
                    }
                    else if (part is double adjust && adjust < -250)
                    {
                        output.Append(' ');
                    }
                }
                break;
            default:
                break;
        }
    }

    private void NewLine()
    {
        if (output.Length > 0 && output[^1] != '\n')
        {
            output.Append('\n');
        }
    }

    private void Show(byte[] bytes)
    {
        for (var i = 0; i + font.CodeBytes <= bytes.Length; i += font.CodeBytes)
        {
            var code = font.CodeBytes == 1 ? bytes[i] : (bytes[i] << 8) | bytes[i + 1];
            output.Append(font.Decode(code));
        }
    }

    private object? Next()
    {
        SkipWhiteSpaceAndComments();
        if (position >= content.Length)
        {
            return null;
        }
        var c = content[position];
        switch (c)
        {
            case '<' when Peek(1) == '<':
            case '>' when Peek(1) == '>':
                position += 2;
                return Next();
            case '<':
                var end = content.IndexOf('>', position);
                var hex = new string([.. content[(position + 1)..end].Where(char.IsAsciiHexDigit)]);
                position = end + 1;
                return Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
            case '(':
                return ReadLiteral();
            case '[':
                position++;
                var items = new List<object>();
                while (Next() is { } item and not ArrayEnd)
                {
                    items.Add(item);
                }
                return items;
            case ']':
                position++;
                return new ArrayEnd();
            case '/':
                var start = ++position;
                while (position < content.Length && IsRegular(content[position]))
                {
                    position++;
                }
                return new Name(content[start..position]);
            default:
                var word = position;
                position++;
                while (position < content.Length && IsRegular(content[position]))
                {
                    position++;
                }
                var token = content[word..position];
                return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : new Operator(token);
        }
    }

    private byte[] ReadLiteral()
    {
        var bytes = new List<byte>();
        var depth = 0;
        position++;
        while (position < content.Length)
        {
            var c = content[position++];
            if (c == '\\' && position < content.Length)
            {
                var escaped = content[position++];
                if (escaped is >= '0' and <= '7')
                {
                    var digits = escaped.ToString();
                    while (digits.Length < 3 && position < content.Length && content[position] is >= '0' and <= '7')
                    {
                        digits += content[position++];
                    }
                    bytes.Add((byte)Convert.ToInt32(digits, 8));
                }
                else
                {
                    bytes.Add(escaped switch { 'n' => (byte)'\n', 'r' => (byte)'\r', 't' => (byte)'\t', 'b' => 8, 'f' => 12, _ => (byte)escaped });
                }
                continue;
            }
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth-- == 0)
            {
                break;
            }
            bytes.Add((byte)c);
        }
        return [.. bytes];
    }

    private void SkipWhiteSpaceAndComments()
    {
        while (position < content.Length)
        {
            if (char.IsWhiteSpace(content[position]) || content[position] == '\0')
            {
                position++;
            }
            else if (content[position] == '%')
            {
                while (position < content.Length && content[position] is not ('\n' or '\r'))
                {
                    position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private char Peek(int offset) => position + offset < content.Length ? content[position + offset] : '\0';

    private static bool IsRegular(char c) => !char.IsWhiteSpace(c) && c is not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%');

    private sealed record Operator(string Name);

    private sealed record Name(string Value);

    private sealed record ArrayEnd;
}
