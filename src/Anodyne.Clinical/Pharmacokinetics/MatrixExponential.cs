namespace Anodyne.Clinical.Pharmacokinetics;

/// <summary>exp(A) of a small square matrix by scaling and squaring a Taylor series.</summary>
internal static class MatrixExponential
{
    private const int TaylorTerms = 20;

    internal static double[,] Of(double[,] a)
    {
        var n = a.GetLength(0);
        var norm = 0.0;
        for (var i = 0; i < n; i++)
        {
            var row = 0.0;
            for (var j = 0; j < n; j++)
            {
                row += Math.Abs(a[i, j]);
            }

            norm = Math.Max(norm, row);
        }

        // Scale so the norm is at most 0.5; 20 Taylor terms are then exact to double precision.
        var squarings = norm <= 0.5 ? 0 : (int)Math.Ceiling(Math.Log2(norm / 0.5));
        var scale = Math.Pow(2, -squarings);
        var scaled = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                scaled[i, j] = a[i, j] * scale;
            }
        }

        var result = Identity(n);
        var term = Identity(n);
        for (var k = 1; k <= TaylorTerms; k++)
        {
            term = Multiply(term, scaled);
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    term[i, j] /= k;
                    result[i, j] += term[i, j];
                }
            }
        }

        for (var s = 0; s < squarings; s++)
        {
            result = Multiply(result, result);
        }

        return result;
    }

    internal static double[] Apply(double[,] m, double[] v)
    {
        var n = v.Length;
        var r = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                r[i] += m[i, j] * v[j];
            }
        }

        return r;
    }

    private static double[,] Identity(int n)
    {
        var m = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            m[i, i] = 1;
        }

        return m;
    }

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        var n = a.GetLength(0);
        var r = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++)
            {
                var aik = a[i, k];
                for (var j = 0; j < n; j++)
                {
                    r[i, j] += aik * b[k, j];
                }
            }
        }

        return r;
    }
}
