using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Serverless.Publishing.Ingest.Decoding;

/// <summary>UTF-8, strict or with a few invalid sequences replaced (a damaged copy of a UTF-8 page is still UTF-8).</summary>
internal static class Utf8Decoding
{
    // A page in another encoding fails on most of its non-ASCII bytes; a damaged UTF-8 page on very few.
    private const int MaxInvalidAbsolute = 16;
    private const double MaxInvalidShare = 0.05;

    public static DecodedText? TryStrict(ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes) ? new DecodedText(Encoding.UTF8.GetString(bytes), "UTF-8", []) : null;

    public static DecodedText? TryTolerant(ReadOnlySpan<byte> bytes, int offsetBase = 0)
    {
        var (valid, invalid, first) = Count(bytes);
        if (invalid == 0 || invalid > MaxInvalidAbsolute || invalid > valid * MaxInvalidShare)
        {
            return null;
        }

        var warning = $"{invalid} invalid UTF-8 byte sequence(s) were replaced with U+FFFD (the first at byte offset {offsetBase + first}).";
        return new DecodedText(Encoding.UTF8.GetString(bytes), "UTF-8", [warning]);
    }

    public static int FirstInvalidOffset(ReadOnlySpan<byte> bytes) => Count(bytes).FirstInvalid;

    /// <returns>Valid multi-byte sequences, invalid sequences, and the offset of the first invalid one (-1 if none).</returns>
    private static (int ValidMultiByte, int Invalid, int FirstInvalid) Count(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, first = -1, offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                valid += consumed > 1 ? 1 : 0;
            }
            else
            {
                invalid++;
                first = first < 0 ? offset : first;
            }

            offset += Math.Max(consumed, 1);
        }

        return (valid, invalid, first);
    }
}
