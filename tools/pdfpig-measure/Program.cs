using System.Text.Json;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

// Dumps PdfPig's blocks for each PDF: segmenter x reading-order detector, block texts in the order given.
var output = new Dictionary<string, object>();
foreach (var file in args)
{
    using var doc = PdfDocument.Open(file);
    var page = doc.GetPage(1);
    var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).ToList();
    var result = new Dictionary<string, List<string>>();
    foreach (var (name, segmenter) in new (string, IPageSegmenter)[] { ("docstrum", DocstrumBoundingBoxes.Instance), ("xycut", RecursiveXYCut.Instance) })
    {
        var blocks = segmenter.GetBlocks(words);
        result[name + "+default"] = blocks.Select(b => b.Text).ToList();
        result[name + "+unsupervised"] = UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder).Select(b => b.Text).ToList();
    }

    output[Path.GetFileNameWithoutExtension(file)] = result;
}

Console.WriteLine(JsonSerializer.Serialize(output));
