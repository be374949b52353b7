using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Cchc.Scoring.Forms;

/// <summary>
/// The layout a form is written in and read by. Every row the reader needs carries a key in a hidden cell
/// (<c>cchc:…</c>): the reader finds rows and columns by these keys, never by position, so that rows moved, sorted or
/// inserted by a spreadsheet application read the same.
/// </summary>
internal static class FormLayout
{
    public const string KeyPrefix = "cchc:";
    public const string TitleKey = "cchc:title";
    public const string FrameworkKey = "cchc:framework";
    public const string UnitKey = "cchc:unit";
    public const string PeriodKey = "cchc:period";
    public const string DeadlineKey = "cchc:deadline";
    public const string RecordedAtKey = "cchc:recordedAt";
    public const string ColumnsKey = "cchc:columns";
    public const string RowKeyPrefix = "cchc:row:";

    public const string MetadataSheet = "_cchc";
    public const string Format = "cchc-form";
    public const string FormatVersion = "1";

    /// <summary>The machine names of the data columns, in the order written (column B onwards).</summary>
    public static readonly string[] Columns =
    [
        "area", "code", "name", "unitOfMeasure", "target", "enter", "previous",
        "value", "numerator", "denominator", "excluded", "count", "notApplicable", "note", "evidence",
    ];

    /// <summary>The key of an indicator's row: its code and a check of the form it belongs to.</summary>
    public static string RowKey(string frameworkId, string version, string unitId, string period, string code) =>
        RowKeyPrefix + code + ":" + RowCheck(frameworkId, version, unitId, period, code);

    public static string RowCheck(string frameworkId, string version, string unitId, string period, string code) =>
        Hash(frameworkId + "\t" + version + "\t" + unitId + "\t" + period + "\t" + code, 12);

    /// <summary>The check of the metadata rows: every cell of every row before it, tab- and newline-separated.</summary>
    public static string MetadataCheck(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            // Trailing empty cells are not written, so they are not part of the check.
            int width = row.Count;
            while (width > 0 && row[width - 1].Length == 0)
            {
                width--;
            }

            text.Append(string.Join('\t', row.Take(width))).Append('\n');
        }

        return Hash(text.ToString(), 32);
    }

    private static string Hash(string text, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];

    /// <summary>The letters of a 0-based column index (0 → A).</summary>
    public static string ColumnName(int index)
    {
        string name = string.Empty;
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    public static string CellName(int column, long row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The words of a form, in Vietnamese and English.</summary>
internal sealed class FormTexts
{
    private FormTexts(Language language) => Language = language;

    public Language Language { get; }

    public static FormTexts For(Language language) => new(language);

    private string T(string vi, string en) => Language == Language.Vi ? vi : en;

    public string Title => T("BIỂU MẪU BÁO CÁO SỐ LIỆU CẢI CÁCH HÀNH CHÍNH", "ADMINISTRATIVE REFORM FIGURES FORM");
    public string Framework => Glossary.Framework.Get(Language);
    public string Version => Glossary.VersionWord.Get(Language);
    public string Unit => Glossary.Unit.Get(Language);
    public string Period => Glossary.Period.Get(Language);
    public string Deadline => T("Hạn nộp", "Deadline");
    public string NoDeadline => T("(không quy định)", "(none declared)");
    public string RecordedAt => Glossary.RecordedAt.Get(Language);
    public string RecordedAtHint => T("Nhập ngày giờ lập (yyyy-mm-dd hh:mm); để trống thì lấy ngày lưu tệp", "Enter the date and time (yyyy-mm-dd hh:mm); left empty, the file's saved time is used");
    public string Yes => T("Có", "Yes");
    public string No => T("Không", "No");
    public string Form => T("Biểu mẫu", "Form");

    public string Header(string column) => column switch
    {
        "area" => Glossary.Area.Get(Language),
        "code" => T("Mã", "Code"),
        "name" => Glossary.Indicator.Get(Language),
        "unitOfMeasure" => T("Đơn vị tính", "Unit of measure"),
        "target" => Glossary.Target.Get(Language),
        "enter" => T("Cần nhập", "What to enter"),
        "previous" => T("Kỳ trước", "Previous"),
        "value" => T("Giá trị / số phút / có-không", "Value / minutes / yes-no"),
        "numerator" => T("Tử số", "Numerator"),
        "denominator" => T("Mẫu số", "Denominator"),
        "excluded" => T("Loại trừ", "Excluded"),
        "count" => T("Số trường hợp", "Cases"),
        "notApplicable" => T("Không áp dụng", "Not applicable"),
        "note" => Glossary.Note.Get(Language),
        "evidence" => T("Tài liệu kiểm chứng", "Evidence"),
        _ => column,
    };

    public string Enter(MeasureKind kind) => kind switch
    {
        MeasureKind.Ratio => T("Tử số, mẫu số, số loại trừ (số nguyên ≥ 0)", "Numerator, denominator, excluded (whole numbers ≥ 0)"),
        MeasureKind.Duration => T("Số phút (trung bình) và số trường hợp", "Minutes (mean) and number of cases"),
        MeasureKind.Percentage => T("Tỷ lệ % (0–100, không ghi dấu %)", "Percentage (0–100, without %)"),
        MeasureKind.YesNo => T("Chọn Có hoặc Không", "Choose Yes or No"),
        _ => T("Giá trị (số ≥ 0)", "Value (a number ≥ 0)"),
    };
}
