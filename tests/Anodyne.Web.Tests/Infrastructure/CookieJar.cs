namespace Anodyne.Web.Tests.Infrastructure;

/// <summary>Hand-kept cookies, for tests that must copy or replay a session cookie as an attacker would.</summary>
public sealed class CookieJar
{
    private readonly Dictionary<string, string> _cookies = [];

    public string Header => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    public void Take(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            return;
        }

        foreach (var value in values)
        {
            var pair = value.Split(';')[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = pair[..equals];
            var content = pair[(equals + 1)..];
            if (content.Length == 0)
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = content;
            }
        }
    }

    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Cookie", Header);
        var response = await client.SendAsync(request);
        Take(response);
        return response;
    }
}
