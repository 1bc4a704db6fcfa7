using System.Globalization;
using System.Numerics;
using System.Text;

namespace Serverless.Scoring;

/// <summary>Numbers and strings written the way score.py's round() and json.dumps(ensure_ascii=False) write them.</summary>
internal static class PythonJson
{
    /// <summary>Python's round(x, digits): half to even on the exact binary value, then the nearest double.</summary>
    public static double Round(double value, int digits)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value == 0)
        {
            return value;
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075; // value = ±mantissa · 2^exponent
        var scale = BigInteger.Pow(10, digits);
        var numerator = new BigInteger(mantissa) * scale;
        BigInteger rounded;
        if (exponent >= 0)
        {
            rounded = numerator << exponent;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
            var twice = remainder * 2;
            rounded = twice > denominator || (twice == denominator && !quotient.IsEven) ? quotient + 1 : quotient;
        }

        var magnitude = (double)rounded / (double)scale;
        return value < 0 ? -magnitude : magnitude;
    }

    /// <summary>Python's repr of a float: the shortest round-trip digits, "1.0" rather than "1".</summary>
    public static string Float(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            var mantissa = text[..text.IndexOf('E', StringComparison.Ordinal)];
            var exponent = int.Parse(text[(text.IndexOf('E', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}");
        }

        return text.Contains('.', StringComparison.Ordinal) || text.Contains('N', StringComparison.Ordinal) || text.Contains('∞', StringComparison.Ordinal)
            ? text
            : text + ".0";
    }

    public static string String(string value)
    {
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return json.Append('"').ToString();
    }

    public static string Bool(bool value) => value ? "true" : "false";
}
