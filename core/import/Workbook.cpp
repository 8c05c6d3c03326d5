#include "Workbook.h"

#include <QBuffer>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <unzip.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace {
const QString relNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// The package read from memory through minizip (zlib's contrib, Debian libminizip): the same ZIP library
// libxlsxwriter writes with, so both live in one process (QuaZip carries its own copy of minizip's symbols, and
// in one process either library then calls the other's functions)
struct Memory
{
    const QByteArray *bytes = nullptr;
    qint64 pos = 0;
};

voidpf memOpen(voidpf opaque, const void *, int)
{
    return opaque;
}
uLong memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *m = static_cast<Memory *>(stream);
    const qint64 n = std::clamp<qint64>(m->bytes->size() - m->pos, 0, qint64(size));
    memcpy(buf, m->bytes->constData() + m->pos, size_t(n));
    m->pos += n;
    return uLong(n);
}
uLong memWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}
ZPOS64_T memTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<Memory *>(stream)->pos);
}
long memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *m = static_cast<Memory *>(stream);
    qint64 base = origin == ZLIB_FILEFUNC_SEEK_CUR ? m->pos : origin == ZLIB_FILEFUNC_SEEK_END ? m->bytes->size() : 0;
    const qint64 to = base + qint64(offset);
    if (to < 0 || to > m->bytes->size())
        return -1;
    m->pos = to;
    return 0;
}
int memClose(voidpf, voidpf)
{
    return 0;
}
int memError(voidpf, voidpf)
{
    return 0;
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_bytes(bytes)
    {
        m_memory.bytes = &m_bytes;
        m_io.zopen64_file = memOpen;
        m_io.zread_file = memRead;
        m_io.zwrite_file = memWrite;
        m_io.ztell64_file = memTell;
        m_io.zseek64_file = memSeek;
        m_io.zclose_file = memClose;
        m_io.zerror_file = memError;
        m_io.opaque = &m_memory;
    }
    ~Reader()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    bool open()
    {
        m_zip = unzOpen2_64("workbook", &m_io);
        return m_zip != nullptr;
    }

    // `what` names the part as a user would: "the list of sheets", "the sheet \"客户\""
    std::optional<QByteArray> part(const QString &name, const QString &what, bool required)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 2) != UNZ_OK) {
            if (!required)
                return QByteArray();
            m_error = Workbook::tr("%1 cannot be found in it; it is not an Excel workbook, or it is damaged").arg(what);
            return std::nullopt;
        }
        if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
            m_error = Workbook::tr("%1 cannot be opened (the file is damaged or has a password)").arg(what);
            return std::nullopt;
        }
        QByteArray data;
        char chunk[65536];
        for (;;) {
            const int n = unzReadCurrentFile(m_zip, chunk, sizeof chunk);
            if (n < 0) {
                unzCloseCurrentFile(m_zip);
                m_error = Workbook::tr("%1 cannot be read: the file is damaged").arg(what);
                return std::nullopt;
            }
            if (n == 0)
                break;
            if (data.size() + n > Workbook::MaxPartBytes) {
                unzCloseCurrentFile(m_zip);
                m_error = Workbook::tr("%1 would take more than %2 MB when unpacked")
                              .arg(what)
                              .arg(Workbook::MaxPartBytes / (1024 * 1024));
                return std::nullopt;
            }
            data.append(chunk, n);
        }
        if (unzCloseCurrentFile(m_zip) != UNZ_OK) {
            m_error = Workbook::tr("%1 cannot be read: the file is damaged (wrong checksum)").arg(what);
            return std::nullopt;
        }
        return data;
    }

    QString m_error;

private:
    QByteArray m_bytes;
    Memory m_memory;
    zlib_filefunc64_def m_io{};
    unzFile m_zip = nullptr;
};

QString xmlError(const QString &what, const QXmlStreamReader &xml)
{
    return Workbook::tr("%1 cannot be read: the file is damaged (%2)").arg(what, xml.errorString());
}

QString attribute(const QXmlStreamReader &xml, const QString &localName)
{
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.name() == localName)
            return a.value().toString();
    return {};
}

// "AB12" → column 27 (0-based), row 11 (0-based); -1 where absent
void cellRef(QStringView ref, int *column, int *row)
{
    int c = 0, r = 0, i = 0;
    bool letters = false, digits = false;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
        c = c * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        letters = true;
        if (c > 1'000'000)
            break;
    }
    for (; i < ref.size() && ref.at(i).isDigit(); ++i) {
        r = r * 10 + (ref.at(i).unicode() - '0');
        digits = true;
        if (r > 10'000'000)
            break;
    }
    *column = letters ? c - 1 : -1;
    *row = digits ? r - 1 : -1;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    QString plain = code;
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    plain.remove(quoted);
    plain = plain.toLower();
    return plain.contains(QLatin1Char('y')) || plain.contains(QLatin1Char('d'));
}

QString numberText(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

QString dateText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) // 9999-12-31
        return numberText(serial);
    const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    const qint64 days = qint64(std::floor(serial));
    const QDate d = base.addDays(days);
    const int minutes = int(std::lround((serial - double(days)) * 24 * 60));
    if (minutes == 0 || minutes == 24 * 60)
        return d.toString(Qt::ISODate);
    return d.toString(Qt::ISODate) + QStringLiteral(" %1:%2")
                                         .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                         .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

bool Workbook::looksLikeWorkbook(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

QList<Workbook::Sheet> Workbook::read(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = tr("The workbook cannot be read: %1.").arg(why);
        return QList<Sheet>();
    };
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return fail(tr("it is an old Excel 97–2003 (.xls) file or an encrypted workbook; save it as .xlsx"));
    Reader zip(bytes);
    if (!looksLikeWorkbook(bytes) || !zip.open())
        return fail(tr("it is not an .xlsx file (not a ZIP container)"));

    // The sheets and where they are
    const QString workbookPart = tr("the list of sheets");
    const auto workbookXml = zip.part(QStringLiteral("xl/workbook.xml"), workbookPart, true);
    if (!workbookXml)
        return fail(zip.m_error);
    struct SheetRef
    {
        QString name, relId;
    };
    QList<SheetRef> refs;
    bool date1904 = false;
    {
        QXmlStreamReader xml(*workbookXml);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                QString relId = xml.attributes().value(relNs, QStringLiteral("id")).toString();
                if (relId.isEmpty())
                    relId = attribute(xml, QStringLiteral("id"));
                refs << SheetRef{attribute(xml, QStringLiteral("name")), relId};
            } else if (xml.isStartElement() && xml.name() == QLatin1String("workbookPr")) {
                const QString v = attribute(xml, QStringLiteral("date1904"));
                date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            }
        }
        if (xml.hasError())
            return fail(xmlError(workbookPart, xml));
    }
    if (refs.isEmpty())
        return fail(tr("it has no sheets"));
    QHash<QString, QString> targets;
    {
        const QString relsPart = tr("the list of sheets");
        const auto rels = zip.part(QStringLiteral("xl/_rels/workbook.xml.rels"), relsPart, true);
        if (!rels)
            return fail(zip.m_error);
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                QString target = attribute(xml, QStringLiteral("Target"));
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(attribute(xml, QStringLiteral("Id")), target);
            }
        }
        if (xml.hasError())
            return fail(xmlError(relsPart, xml));
    }

    // Shared strings (rich text runs joined; phonetic guides left out)
    QStringList shared;
    {
        const QString part = tr("the workbook's texts");
        const auto strings = zip.part(QStringLiteral("xl/sharedStrings.xml"), part, false);
        if (!strings)
            return fail(zip.m_error);
        QXmlStreamReader xml(strings->isEmpty() ? QByteArray("<sst/>") : *strings); // none: no shared texts
        QString current;
        int phonetic = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("si"))
                    current.clear();
                else if (xml.name() == QLatin1String("rPh"))
                    ++phonetic;
                else if (xml.name() == QLatin1String("t") && phonetic == 0)
                    current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.isEndElement()) {
                if (xml.name() == QLatin1String("si"))
                    shared << current;
                else if (xml.name() == QLatin1String("rPh"))
                    --phonetic;
            }
        }
        if (xml.hasError())
            return fail(xmlError(part, xml));
    }

    // Which cell styles are dates
    QList<bool> dateStyle;
    {
        const QString part = tr("the cell formats");
        const auto styles = zip.part(QStringLiteral("xl/styles.xml"), part, false);
        if (!styles)
            return fail(zip.m_error);
        QXmlStreamReader xml(styles->isEmpty() ? QByteArray("<styleSheet/>") : *styles); // none: no dates
        QHash<int, QString> customFormats;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("numFmt"))
                    customFormats.insert(attribute(xml, QStringLiteral("numFmtId")).toInt(),
                                         attribute(xml, QStringLiteral("formatCode")));
                else if (xml.name() == QLatin1String("cellXfs"))
                    inCellXfs = true;
                else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                    const int id = attribute(xml, QStringLiteral("numFmtId")).toInt();
                    dateStyle << isDateFormat(id, customFormats.value(id));
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
        if (xml.hasError())
            return fail(xmlError(part, xml));
    }

    QList<Sheet> sheets;
    for (const SheetRef &ref : refs) {
        const QString target = targets.value(ref.relId);
        const QString part = tr("the sheet \"%1\"").arg(ref.name);
        if (target.isEmpty())
            return fail(tr("%1 cannot be found in it; it is not an Excel workbook, or it is damaged").arg(part));
        const auto data = zip.part(target, part, true);
        if (!data)
            return fail(zip.m_error);
        Sheet sheet;
        sheet.name = ref.name;
        QXmlStreamReader xml(*data);
        int row = -1, column = -1;
        QString type, value;
        int style = 0;
        bool inCell = false;
        qint64 cells = 0;
        QStringList merges;
        auto put = [&](int r, int c, const QString &text) {
            if (c >= MaxColumns || text.isEmpty())
                return;
            while (sheet.rows.size() <= r)
                sheet.rows.append(QStringList());
            QStringList &cellsOfRow = sheet.rows[r];
            while (cellsOfRow.size() <= c)
                cellsOfRow.append(QString());
            cellsOfRow[c] = text;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QStringView n = xml.name();
                if (n == QLatin1String("row")) {
                    const QString r = attribute(xml, QStringLiteral("r"));
                    row = r.isEmpty() ? row + 1 : r.toInt() - 1;
                    if (row < 0 || row >= MaxRows)
                        return fail(tr("the sheet \"%1\" has a row beyond row %2").arg(ref.name).arg(MaxRows));
                    column = -1;
                } else if (n == QLatin1String("c")) {
                    inCell = true;
                    int c = -1, r = -1;
                    cellRef(attribute(xml, QStringLiteral("r")), &c, &r);
                    column = c >= 0 ? c : column + 1;
                    if (r >= 0)
                        row = r;
                    if (row < 0)
                        row = 0;
                    if (row >= MaxRows)
                        return fail(tr("the sheet \"%1\" has a row beyond row %2").arg(ref.name).arg(MaxRows));
                    type = attribute(xml, QStringLiteral("t"));
                    style = attribute(xml, QStringLiteral("s")).toInt();
                    value.clear();
                    if (++cells > qint64(MaxRows) * 16)
                        return fail(tr("the sheet \"%1\" has too many cells").arg(ref.name));
                } else if (inCell && n == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (inCell && n == QLatin1String("is")) {
                    QString text;
                    int depth = 1;
                    while (depth > 0 && !xml.atEnd()) {
                        xml.readNext();
                        if (xml.isStartElement() && xml.name() == QLatin1String("t"))
                            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                        else if (xml.isStartElement())
                            ++depth;
                        else if (xml.isEndElement())
                            --depth;
                    }
                    value = text;
                } else if (n == QLatin1String("mergeCell")) {
                    merges << attribute(xml, QStringLiteral("ref"));
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                inCell = false;
                QString text;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int i = value.toInt(&ok);
                    if (ok && i >= 0 && i < shared.size())
                        text = shared.at(i);
                    else if (!value.isEmpty())
                        return fail(tr("the sheet \"%1\" refers to a text that is not in the workbook").arg(ref.name));
                } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") ||
                           type == QLatin1String("e") || type == QLatin1String("d")) {
                    text = type == QLatin1String("d") ? value.left(10) : value;
                } else if (type == QLatin1String("b")) {
                    text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (!value.isEmpty()) {
                    bool ok = false;
                    const double v = value.trimmed().toDouble(&ok);
                    if (!ok)
                        text = value;
                    else if (style >= 0 && style < dateStyle.size() && dateStyle.at(style))
                        text = dateText(v, date1904);
                    else
                        text = numberText(v);
                }
                put(row, column, text.trimmed());
            }
        }
        if (xml.hasError())
            return fail(xmlError(part, xml));
        // A merged range shows its first cell's value everywhere in it
        qint64 filled = 0;
        for (const QString &range : merges) {
            const QStringList ends = range.split(QLatin1Char(':'));
            if (ends.size() != 2)
                continue;
            int c0, r0, c1, r1;
            cellRef(ends.at(0), &c0, &r0);
            cellRef(ends.at(1), &c1, &r1);
            if (c0 < 0 || r0 < 0 || c1 < c0 || r1 < r0 || r0 >= sheet.rows.size())
                continue;
            const QString text = sheet.rows.at(r0).value(c0);
            r1 = std::min<int>(r1, int(sheet.rows.size()) - 1);
            c1 = std::min(c1, MaxColumns - 1);
            filled += qint64(r1 - r0 + 1) * (c1 - c0 + 1);
            if (filled > qint64(MaxRows) * 4)
                return fail(tr("the sheet \"%1\" has too many merged cells").arg(ref.name));
            for (int r = r0; r <= r1; ++r)
                for (int c = c0; c <= c1; ++c)
                    put(r, c, text);
        }
        sheets << sheet;
    }
    return sheets;
}
