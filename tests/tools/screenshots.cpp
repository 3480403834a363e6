// syncstudio-screenshots: starts the real application on the demo profiles, drives its main views
// the way a user would (open a comparison, compare, pick a table and a row, open the dialogs) and
// writes a PNG of each to a folder, for the README. scripts/screenshots runs it under Xvfb for
// each language.
//
// Environment: SYNCSTUDIO_SHOTS_DIR (output folder, required), SYNCSTUDIO_SHOTS_SOURCE and
// SYNCSTUDIO_SHOTS_TARGET (endpoints, default prod/shop and staging/shop), SYNCSTUDIO_LANG and
// SYNCSTUDIO_HOME as for the application; SYNCSTUDIO_SHOTS_DARK=1 for a dark palette (Fusion), to
// see that icons and highlight colours read on it.
#include "Application.h"
#include "MainWindow.h"
#include "ProjectTab.h"
#include "SchemaDiffView.h"
#include "backups/BackupPointsView.h"
#include "conflicts/ConflictEditor.h"
#include "conflicts/ConflictsModel.h"
#include "data/DataDiffView.h"
#include "data/DiffRowModel.h"
#include "data/SideBySideGrid.h"
#include "schema/ObjectType.h"
#include "store/SyncProject.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QPalette>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

QString g_dir;
int g_failures = 0;

void say(const QString& line)
{
    std::fprintf(stderr, "screenshots: %s\n", qPrintable(line));
}

/// Processes events until `done` holds or `ms` pass; false on timeout.
bool waitFor(const std::function<bool()>& done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle(int ms = 400)
{
    waitFor([] { return false; }, ms);
}

void shoot(QWidget* widget, const QString& name)
{
    settle();
    const QString path = QDir(g_dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        say(QStringLiteral("could not write %1").arg(path));
        ++g_failures;
        return;
    }
    say(QStringLiteral("wrote %1").arg(path));
}

MainWindow* mainWindow()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<MainWindow*>(w))
            return window;
    }
    return nullptr;
}

/// The visible top-level dialog of class `className`, if any.
QDialog* visibleDialog(const char* className)
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<QDialog*>(w);
        if (dialog && dialog->isVisible() && dialog->inherits(className))
            return dialog;
    }
    return nullptr;
}

/// Triggers `open` (which shows a dialog of class `className`, modal or not), photographs the
/// dialog and closes it; returns when it is closed.
void shootDialog(const std::function<void()>& open, const char* className, const QString& name)
{
    bool shot = false;
    // A modal dialog runs its own event loop inside open(): the picture is taken from a timer.
    QTimer::singleShot(0, [className, name, &shot] {
        if (!waitFor([className] { return visibleDialog(className) != nullptr; }, 5000)) {
            say(QStringLiteral("no %1 appeared for %2").arg(QLatin1String(className), name));
            ++g_failures;
            shot = true;
            return;
        }
        QDialog* dialog = visibleDialog(className);
        dialog->resize(dialog->sizeHint().expandedTo(dialog->size()));
        shoot(dialog, name);
        dialog->reject();
        shot = true;
    });
    open();
    waitFor([&shot] { return shot; }, 10000);
}

void run()
{
    MainWindow* window = mainWindow();
    if (!window) {
        say(QStringLiteral("the main window did not open (see the messages above)"));
        QCoreApplication::exit(2);
        return;
    }
    window->resize(1480, 900);
    window->show();
    settle(800);
    shoot(window, QStringLiteral("01-welcome"));

    SyncProject project;
    project.name = QStringLiteral("shop: prod → staging");
    project.source = qEnvironmentVariable("SYNCSTUDIO_SHOTS_SOURCE", QStringLiteral("prod/shop"));
    project.target = qEnvironmentVariable("SYNCSTUDIO_SHOTS_TARGET", QStringLiteral("staging/shop"));
    ProjectTab* tab = window->openProject(project, {}, true);
    if (!tab) {
        say(QStringLiteral("the comparison did not open"));
        QCoreApplication::exit(2);
        return;
    }
    bool schemaDone = false;
    QObject::connect(tab, &ProjectTab::compareFinished, tab, [&schemaDone] { schemaDone = true; });
    if (!waitFor([&] { return schemaDone && !tab->isBusy(); }, 120000))
        say(QStringLiteral("the schema compare did not finish within two minutes"));
    tab->schemaView()->selectObject(ObjectType::Table, QStringLiteral("products"));
    tab->showSubView(ProjectTab::SubView::Schema);
    shoot(window, QStringLiteral("02-schema"));

    tab->showSubView(ProjectTab::SubView::Data);
    auto* rows = qobject_cast<DataDiffView*>(tab->dataView());
    if (rows) {
        bool dataDone = false;
        QObject::connect(rows, &DataDiffView::compareFinished, rows, [&dataDone] { dataDone = true; });
        if (!waitFor([&] { return dataDone || rows->selection() != nullptr; }, 120000))
            say(QStringLiteral("the row compare did not finish within two minutes"));
        settle(800);
        if (rows->showTable(QStringLiteral("shop.products")) || rows->showTable(QStringLiteral("shop.customers"))) {
            waitFor([rows] { return rows->rowModel()->rowCount() > 0; }, 10000);
            settle(500);
            if (rows->rowModel()->rowCount() > 1)
                rows->grid()->selectRow(1);
        }
        shoot(window, QStringLiteral("03-data"));
    } else {
        say(QStringLiteral("the Data view has no row comparison"));
        ++g_failures;
    }

    tab->showSubView(ProjectTab::SubView::Conflicts);
    if (auto* editor = tab->findChild<ConflictEditor*>()) {
        editor->refresh();
        waitFor([editor] { return editor->model()->rowCount() > 0; }, 10000);
        settle(500);
        if (editor->queueView()->model()->rowCount() > 2)
            editor->queueView()->selectRow(2);
    }
    shoot(window, QStringLiteral("04-conflicts"));
    tab->showSubView(ProjectTab::SubView::Log);
    shoot(window, QStringLiteral("05-log"));
    tab->showSubView(ProjectTab::SubView::Data);

    // The docks: the jobs that ran, and the backup points (the sync scripts/screenshots ran first).
    if (auto* jobs = window->findChild<QDockWidget*>(QStringLiteral("runnerDock"))) {
        jobs->show();
        shoot(window, QStringLiteral("08-jobs"));
        jobs->hide();
    }
    if (QDockWidget* backups = window->backupPointsDock()) {
        backups->show();
        settle(800);
        if (auto* list = backups->findChild<QTableView*>(); list && list->model() && list->model()->rowCount() > 0)
            list->selectRow(0);
        shoot(window, QStringLiteral("09-backup-points"));
        backups->hide();
    }

    shootDialog([window] { window->newProfile(); }, "ProfileDialog", QStringLiteral("06-profile-dialog"));
    shootDialog([window] { window->showPreferences(); }, "PreferencesDialog", QStringLiteral("07-preferences"));

    QCoreApplication::exit(g_failures == 0 ? 0 : 1);
}

} // namespace

int main(int argc, char* argv[])
{
    g_dir = qEnvironmentVariable("SYNCSTUDIO_SHOTS_DIR");
    if (g_dir.isEmpty()) {
        std::fprintf(stderr, "screenshots: set SYNCSTUDIO_SHOTS_DIR to the folder for the PNGs\n");
        return 2;
    }
    QDir().mkpath(g_dir);
    Application app(argc, argv);
    if (qEnvironmentVariableIntValue("SYNCSTUDIO_SHOTS_DARK") == 1) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Button, QColor(55, 55, 60));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(42, 110, 190));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
        dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
        QApplication::setPalette(dark);
    }
    QTimer::singleShot(0, &app, &run);
    return app.exec();
}
