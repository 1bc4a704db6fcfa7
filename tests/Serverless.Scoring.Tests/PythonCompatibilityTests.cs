using Serverless.Scoring;

namespace Serverless.Scoring.Tests;

/// <summary>The Python behaviours score.py's numbers rest on, with values Python 3.11 printed (fixed data).</summary>
public sealed class PythonCompatibilityTests
{
    /// <summary>Every BMP code point for which Python's str.isspace() is true, so re's \s matches it.</summary>
    private static readonly int[] PythonSpaces =
    [
        0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
        0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
    ];

    [Fact]
    public void Whitespace_is_pythons()
    {
        var spaces = Enumerable.Range(0, 0x10000).Where(c => CodePoints.IsPythonSpace((char)c)).ToArray();

        Assert.Equal(PythonSpaces, spaces);
    }

    [Theory]
    [InlineData(0.03125, 0.0312)] // an exact tie goes to even
    [InlineData(0.00015, 0.0001)] // the double below the decimal tie rounds down
    [InlineData(0.99995, 1.0)]
    [InlineData(0.123449999, 0.1234)]
    [InlineData(2.0 / 3, 0.6667)]
    [InlineData(1.0 / 7, 0.1429)]
    [InlineData(0.5, 0.5)]
    [InlineData(0.0, 0.0)]
    public void Round_is_pythons(double value, double expected) => Assert.Equal(expected, PythonJson.Round(value, 4));

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.0312, "0.0312")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.871, "0.871")]
    public void Floats_print_as_python_repr(double value, string expected) => Assert.Equal(expected, PythonJson.Float(value));

    [Theory]
    [InlineData("花开\"满园\"\\", "\"花开\\\"满园\\\"\\\\\"")]
    [InlineData("a\nb\tc\u0001", "\"a\\nb\\tc\\u0001\"")]
    public void Strings_print_as_json_dumps_without_ascii_escapes(string value, string expected) =>
        Assert.Equal(expected, PythonJson.String(value));
}
