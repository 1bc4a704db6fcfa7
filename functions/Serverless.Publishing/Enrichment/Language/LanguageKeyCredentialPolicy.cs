using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Publishing.Enrichment.Language;

/// <summary>Adds the resource key; read per request so that <see cref="AzureKeyCredential.Update"/> rotates it.</summary>
internal sealed class LanguageKeyCredentialPolicy(AzureKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(HeaderName, credential.Key);
}
