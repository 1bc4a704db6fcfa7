using System.Runtime.CompilerServices;
using System.Text;

namespace Serverless.Publishing.Enrichment.Local.Chinese.Jieba;

/// <summary>A whole UTF-8 word-list file as one character buffer, read line by line without a string per line.</summary>
internal static class TextBuffer
{
    public static char[] ReadUtf8(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var body = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsSpan(Encoding.UTF8.Preamble.Length) : bytes;
        var text = new char[Encoding.UTF8.GetCharCount(body)];
        Encoding.UTF8.GetChars(body, text);
        return text;
    }

    public static LineEnumerator Lines(char[] text) => new(text);

    /// <summary>A line without its end, and where it starts in the buffer.</summary>
    public readonly ref struct Line(int start, ReadOnlySpan<char> text)
    {
        public int Start { get; } = start;

        public ReadOnlySpan<char> Text { get; } = text;
    }

    /// <summary>Lines of the buffer; MoveNext is compiled optimised at once since loading calls it for every line.</summary>
    public ref struct LineEnumerator(char[] text)
    {
        private int _next;

        public Line Current { get; private set; }

        public readonly LineEnumerator GetEnumerator() => this;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MoveNext()
        {
            if (_next >= text.Length)
            {
                return false;
            }

            var start = _next;
            var end = text.AsSpan(start).IndexOf('\n') is var newline and >= 0 ? start + newline : text.Length;
            Current = new Line(start, text.AsSpan(start, end - start).TrimEnd('\r'));
            _next = end + 1;
            return true;
        }
    }
}
