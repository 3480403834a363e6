#include "ThroughputChart.h"

#include "JobsModel.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

/// The smallest of 1, 2, 5 × 10^n at or above `value`, so gridlines fall on round numbers.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

/// "950", "12k", "3.4M": short enough for the axis.
QString shortNumber(double value)
{
    const QLocale locale;
    if (value >= 1e6)
        return locale.toString(value / 1e6, 'g', 3) + QLatin1Char('M');
    if (value >= 1e4)
        return locale.toString(value / 1e3, 'f', 0) + QLatin1Char('k');
    if (value >= 1e3)
        return locale.toString(value / 1e3, 'g', 2) + QLatin1Char('k');
    return locale.toString(qint64(value));
}

} // namespace

ThroughputChart::ThroughputChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("throughputChart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ThroughputChart::setSamples(const QList<double>& samples)
{
    m_samples = samples;
    update();
}

void ThroughputChart::setWindow(int seconds)
{
    m_window = qMax(10, seconds);
    update();
}

void ThroughputChart::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    update();
}

QSize ThroughputChart::sizeHint() const
{
    return {360, 120};
}

QSize ThroughputChart::minimumSizeHint() const
{
    return {160, 70};
}

void ThroughputChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    p.fillRect(rect(), pal.base());

    const QFontMetrics fm = fontMetrics();
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("000.0k")) + 6;
    const QRectF plot = QRectF(rect()).adjusted(labelWidth, fm.height() + 4, -6, -fm.height() / 2.0 - 2);

    const qsizetype shown = qMin<qsizetype>(m_samples.size(), m_window);
    const QList<double> window = m_samples.mid(m_samples.size() - shown);
    double peak = 0;
    for (double v : window)
        peak = qMax(peak, v);
    const double top = niceCeiling(peak * 1.1);

    // Gridlines at quarters of a round top value, labelled on the left.
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.12f);
    QColor label = pal.color(QPalette::Text);
    label.setAlphaF(0.6f);
    p.setFont(font());
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(label);
        p.drawText(QRectF(0, y - fm.height() / 2.0, labelWidth - 6, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, shortNumber(top * i / 4.0));
    }

    // Title and current value above the plot.
    p.setPen(label);
    p.drawText(QRectF(plot.left(), 0, plot.width(), fm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Rows per second, last %1").arg(JobsModel::formatDuration(m_window)));

    if (window.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter, tr("No samples yet"));
        return;
    }
    QColor line = m_active ? pal.color(QPalette::Highlight) : pal.color(QPalette::Disabled, QPalette::Text);
    p.setPen(m_active ? pal.color(QPalette::Text) : label);
    const QString current = JobsModel::formatRate(window.last());
    p.drawText(QRectF(plot.left(), 0, plot.width(), fm.height() + 2), Qt::AlignRight | Qt::AlignVCenter,
        current.isEmpty() ? tr("0 rows/s") : current);

    // One sample a second, the newest at the right edge; the window scrolls left as samples come.
    const double dx = plot.width() / double(m_window - 1);
    QPainterPath path;
    for (qsizetype i = 0; i < window.size(); ++i) {
        const double x = plot.right() - double(window.size() - 1 - i) * dx;
        const double y = plot.bottom() - plot.height() * window.at(i) / top;
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    QPainterPath area = path;
    area.lineTo(plot.right(), plot.bottom());
    area.lineTo(plot.right() - double(window.size() - 1) * dx, plot.bottom());
    area.closeSubpath();
    QColor fill = line;
    fill.setAlphaF(0.18f);
    p.fillPath(area, fill);
    p.setPen(QPen(line, 1.6));
    p.drawPath(path);
}
