using System.Text;
using System.Text.Json;

namespace LeakGate.Engine.Content;

/// <summary>
/// Where each string value of a JSON text sits (line, column, length), keyed by its JSON Pointer
/// (<c>/resources/0/instances/0/attributes/password</c>): <see cref="JsonDocument"/> keeps no positions, so one
/// <see cref="Utf8JsonReader"/> pass records them.
/// </summary>
internal sealed class JsonValuePlaces
{
    private readonly Dictionary<string, TextPin> _places = new(StringComparer.Ordinal);

    public JsonValuePlaces(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();
        var indexes = new Stack<int>();
        string? property = null;
        var lines = new LineCounter(utf8);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = Escape(reader.GetString()!);
                    continue;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    path.Add(NextSegment(ref property, indexes));
                    indexes.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    indexes.Pop();
                    path.RemoveAt(path.Count - 1);
                    continue;
                default:
                    var segment = NextSegment(ref property, indexes);
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        var (line, column) = lines.At((int)reader.TokenStartIndex + 1);
                        _places[string.Join('/', path.Skip(1).Append(segment).Prepend(""))] = new TextPin(line, column, Math.Max(1, reader.ValueSpan.Length));
                    }
                    continue;
            }
        }
    }

    public TextPin? this[string pointer] => _places.GetValueOrDefault(pointer);

    public static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

    /// <summary>The segment of the value about to start: its property name in an object, its index in an array.</summary>
    private static string NextSegment(ref string? property, Stack<int> indexes)
    {
        if (indexes.Count == 0) return "";
        if (indexes.Peek() < 0)
        {
            var name = property ?? "";
            property = null;
            return name;
        }
        var index = indexes.Pop();
        indexes.Push(index + 1);
        return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Turns byte offsets (visited in increasing order) into 1-based lines and UTF-16 columns.</summary>
    private sealed class LineCounter(byte[] utf8)
    {
        private int _offset, _line = 1, _lineStart;

        public (int Line, int Column) At(int offset)
        {
            for (; _offset < offset; _offset++)
            {
                if (utf8[_offset] != (byte)'\n') continue;
                _line++;
                _lineStart = _offset + 1;
            }
            return (_line, Encoding.UTF8.GetCharCount(utf8, _lineStart, offset - _lineStart) + 1);
        }
    }
}
