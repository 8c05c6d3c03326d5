#pragma once

#include <QIcon>
#include <QPixmap>

// The console's action icons: one SVG each in resources/icons/actions (24×24, 2 px round strokes, slate #37474f with
// the accent blue #1e88e5), embedded under :/icons/actions and drawn sharp at any size and device pixel ratio by the
// Qt SVG icon engine. Without that plugin (libqt6svg6) an icon is null and the widget simply shows no icon.
class Icons
{
public:
    enum Name {
        Add,
        Arrive,
        Assign,
        Backup,
        Callback,
        Chart,
        Close,
        Complaint,
        Complete,
        Contacted,
        Dispatch,
        Edit,
        Export,
        Import,
        Intake,
        Keyboard,
        Language,
        NewCall,
        NoAnswer,
        Open,
        Parts,
        PhoneSolved,
        Print,
        Quit,
        Reassign,
        Reminder,
        Remove,
        Reschedule,
        Restore,
        Save,
        Search,
        Settings,
        SyncOffline,
        SyncOnline,
        Timeline,
        Undo,
        Workshop,
        Count
    };

    static QIcon get(Name name);
    // The resource path, ":/icons/actions/<file>.svg"
    static QString path(Name name);
    // For a QLabel: size × size logical pixels at the given device pixel ratio (null without the SVG plugin)
    static QPixmap pixmap(Name name, int size, qreal devicePixelRatio);
};
