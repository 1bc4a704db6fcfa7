using Serverless.Scoring;

namespace Serverless.Scoring.Tests;

/// <summary>Matching blocks as Python 3.11's difflib.SequenceMatcher(None, a, b, autojunk=False) gives them (fixed data).</summary>
public sealed class SequenceMatcherTests
{
    [Theory]
    [InlineData("abxcd", "abcd", "0,0,2 3,2,2")]
    [InlineData("qabxcd", "abycdf", "1,0,2 4,3,2")]
    [InlineData("abcd", "dabc", "0,1,3")]
    // Not a longest common subsequence (that would be 5 characters): nothing is matched beside the first block.
    [InlineData("a b c d e", "e d c b a", "1,5,3")]
    [InlineData("xyzabcxyz", "abcxyzabc", "0,3,6")]
    [InlineData("北京上海北京", "上海北京上海", "0,2,4")]
    [InlineData("aaaa", "aa", "0,0,2")]
    // Code points, not UTF-16 units: 𠀋 is one character.
    [InlineData("𠀋a𠀋", "a𠀋", "1,0,2")]
    [InlineData("abc", "xyz", "")]
    public void Blocks_are_difflibs(string a, string b, string expected)
    {
        var blocks = new SequenceMatcher(CodePoints.Of(a), CodePoints.Of(b)).GetMatchingBlocks();

        Assert.Equal(expected, string.Join(' ', blocks.Select(m => $"{m.I},{m.J},{m.Size}")));
    }

    [Fact]
    public void Matched_is_zero_when_either_side_is_empty()
    {
        Assert.Equal(0, SequenceMatcher.Matched("", "abc"));
        Assert.Equal(0, SequenceMatcher.Matched("abc", ""));
        Assert.Equal(3, SequenceMatcher.Matched("a b c d e", "e d c b a"));
    }
}
