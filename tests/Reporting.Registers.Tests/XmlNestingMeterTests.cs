using System.Text;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Tests;

[TestClass]
public sealed class XmlNestingMeterTests
{
    private static string? ProblemOf(string xml, int maxDepth = 3, int chunk = 1)
    {
        var meter = new XmlNestingMeter(maxDepth);
        var bytes = Encoding.UTF8.GetBytes(xml);
        // One byte at a time by default: every state must survive a buffer boundary.
        for (var i = 0; i < bytes.Length; i += chunk)
        {
            if (!meter.Read(bytes.AsSpan(i, Math.Min(chunk, bytes.Length - i))))
                break;
        }
        return meter.Problem;
    }

    [TestMethod]
    [DataRow("<?xml version=\"1.0\"?><a><b><c/></b></a>")]
    [DataRow("<a><b x=\"/>\" y='>'><c/></b><b><c>1 &gt; 0</c></b></a>")]
    [DataRow("<a><!-- <b><c><d><e> ---><b><c/></b></a>")]
    [DataRow("<a><b><![CDATA[<c><d><e><f>]]]></b></a>")]
    [DataRow("<a><b/><b/><b/><b/><b/><b/><b/><b/><b/></a>")]
    public void Workbook_shaped_xml_within_the_depth_passes(string xml) => Assert.IsNull(ProblemOf(xml));

    [TestMethod]
    [DataRow("<a><b><c><d></d></c></b></a>", "nested more than 3 deep")]
    [DataRow("<a><b x=\"/>\"><c><d/></c></b></a>", "nested more than 3 deep")]
    [DataRow("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "document type")]
    public void Deeper_nesting_or_a_document_type_is_a_problem(string xml, string problem)
    {
        StringAssert.Contains(ProblemOf(xml), problem);
        StringAssert.Contains(ProblemOf(xml, chunk: 4096), problem);
    }
}
