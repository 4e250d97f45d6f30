using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Symbolic.Repl.Output;

/// <summary>
/// One JSON object per command, on one line, keys in the contract's order:
/// <c>{"input": "...", "ok": true, "result": "...", "value": ...}</c> or
/// <c>{"input": "...", "ok": false, "error": "...", "line": L, "column": C}</c>.
/// Values are encoded by System.Text.Json's <see cref="Utf8JsonWriter"/>; the separators follow DESIGN.md.
/// </summary>
internal static class JsonOutput
{
    // A value nests as deep as the input's brackets (up to the parser's depth limit), deeper than the writer's default
    // of 1,000 levels; the writer keeps no recursion of its own and WriteValue below keeps an explicit stack.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = int.MaxValue };

    /// <summary>The JSON line for <paramref name="result"/>.</summary>
    public static string Format(CommandResult result)
    {
        var fields = new List<(string Key, Action<Utf8JsonWriter> Write)> { ("input", w => w.WriteStringValue(result.Input)), ("ok", w => w.WriteBooleanValue(result.Ok)) };
        if (result.Ok)
        {
            fields.Add(("result", w => w.WriteStringValue(result.Text)));
            fields.Add(("value", w => WriteValue(w, result.Value?.Numeric())));
            if (result.Details is var (key, json)) fields.Add((key, w => json.WriteTo(w)));
            if (result.Variables is { } variables) fields.Add(("variables", w => WriteNames(w, variables)));
        }
        else
        {
            fields.Add(("error", w => w.WriteStringValue(result.Text)));
            fields.Add(("line", w => w.WriteNumberValue(result.Line)));
            fields.Add(("column", w => w.WriteNumberValue(result.Column)));
        }
        return "{" + string.Join(", ", fields.Select(f => Encode(w => w.WriteStringValue(f.Key)) + ": " + Encode(f.Write, spaced: f.Key is "value" or "variables"))) + "}";
    }

    // Iterative, so a value nested 10,000 deep costs no stack: each pending entry is a value or an end-of-array mark.
    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        var pending = new Stack<object?>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case double d: writer.WriteNumberValue(d); break;
                case EndOfArray: writer.WriteEndArray(); break;
                case IEnumerable<object?> items:
                    writer.WriteStartArray();
                    pending.Push(EndOfArray.Mark);
                    foreach (var item in items.Reverse()) pending.Push(item);
                    break;
                default: writer.WriteNullValue(); break;
            }
        }
    }

    private static void WriteNames(Utf8JsonWriter writer, IReadOnlyList<string> names)
    {
        writer.WriteStartArray();
        foreach (var name in names) writer.WriteStringValue(name);
        writer.WriteEndArray();
    }

    private sealed class EndOfArray
    {
        public static readonly EndOfArray Mark = new();
    }

    private static string Encode(Action<Utf8JsonWriter> write, bool spaced = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        // Numeric arrays come out compact; a space after each comma matches the contract's "[0, -1]". Strings keep theirs.
        return spaced ? json.Replace(",", ", ") : json;
    }
}
