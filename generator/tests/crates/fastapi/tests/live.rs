//! The client generated from a FastAPI app's OpenAPI 3.1 document, calling that app: uvicorn
//! serves `generator/tests/fastapi/app.py` on 127.0.0.1 for each test. Optional fields, enums,
//! lists, nested models, path, query and form parameters, a file upload and error answers go
//! both ways. The Python packages are the pinned ones of `generator/tests/fastapi/requirements.txt`,
//! which the tests install themselves, once, into a directory of their own under the target
//! directory (`pip install --target`, which works where the system Python refuses installs into
//! itself, PEP 668's "externally-managed-environment"), and put on uvicorn's `PYTHONPATH`.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fixture_fastapi::client::ListPetsPetsGetOptions;
use fixture_fastapi::models::{BodyLoginLoginPost, Kind, Owner, PetIn};
use fixture_fastapi::{Client, Error, Multipart};

/// The directory holding the app's Python packages, installed on first use (again when the
/// requirements change): an error says what to do when Python or pip is missing.
fn python_packages() -> &'static Result<PathBuf, String> {
    static PACKAGES: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    PACKAGES.get_or_init(|| {
        let requirements =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fastapi/requirements.txt");
        let wanted = std::fs::read_to_string(&requirements).map_err(|e| e.to_string())?;
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fastapi-python");
        let marker = dir.join("requirements.txt");
        if std::fs::read_to_string(&marker).ok().as_deref() == Some(wanted.as_str()) {
            return Ok(dir);
        }
        let _ = std::fs::remove_dir_all(&dir);
        let output = Command::new("python3")
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--target",
            ])
            .arg(&dir)
            .arg("-r")
            .arg(&requirements)
            .output()
            .map_err(|e| format!("python3 does not run ({e}): install Python 3 and pip"))?;
        if !output.status.success() {
            return Err(format!(
                "pip could not install the app's packages into {}: {}",
                dir.display(),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        std::fs::write(&marker, &wanted).map_err(|e| e.to_string())?;
        Ok(dir)
    })
}

/// The app, running until dropped.
struct App {
    child: Child,
    port: u16,
}

impl App {
    fn start() -> App {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let packages = python_packages().as_ref().unwrap_or_else(|e| panic!("{e}"));
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fastapi");
        let mut child = Command::new("python3")
            .env("PYTHONPATH", packages)
            .args([
                "-m",
                "uvicorn",
                "app:app",
                "--host",
                "127.0.0.1",
                "--log-level",
                "warning",
            ])
            .args(["--port", &port.to_string()])
            .current_dir(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 runs");
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Some(status) = child.try_wait().unwrap() {
                let mut stderr = String::new();
                if let Some(mut e) = child.stderr.take() {
                    use std::io::Read;
                    let _ = e.read_to_string(&mut stderr);
                }
                panic!("uvicorn ended ({status}): {stderr}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "uvicorn did not listen within 30 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        App { child, port }
    }

    fn client(&self) -> Client {
        Client::new(format!("http://127.0.0.1:{}", self.port)).unwrap()
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn rex() -> PetIn {
    let mut pet = PetIn::new(Kind::Dog, "Rex");
    pet.tags = Some(vec!["good".into(), "loud".into()]);
    pet.owner = Some(Some(Owner::new("Ann")));
    pet
}

#[tokio::test]
async fn the_app_serves_the_checked_in_document() {
    let app = App::start();
    let served: serde_json::Value = reqwest_get(app.port, "/openapi.json").await;
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fastapi/openapi.json");
    let checked_in: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(
        served, checked_in,
        "regenerate it with `python3 app.py > openapi.json` and run `cargo xtask codegen`"
    );
}

/// A GET with the runtime's HTTP client, for what the generated client does not call.
async fn reqwest_get(port: u16, path: &str) -> serde_json::Value {
    let client = fixture_fastapi::http_client_builder()
        .unwrap()
        .build()
        .unwrap();
    let response = client
        .get(format!("http://127.0.0.1:{port}{path}"))
        .send()
        .await
        .unwrap();
    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
}

#[tokio::test]
async fn models_go_both_ways() {
    let app = App::start();
    let client = app.client();
    let created = client.create_pet_pets_post(&rex(), None).await.unwrap();
    assert_eq!(created.status(), 201);
    assert_eq!(created.id, 1);
    assert_eq!(created.name, "Rex");
    assert_eq!(created.kind, Kind::Dog);
    // FastAPI writes `null` for the optional fields it has no value for.
    assert_eq!(created.age, Some(None));
    let owner = created.owner.clone().flatten().unwrap();
    assert_eq!((owner.name.as_str(), owner.phone), ("Ann", Some(None)));

    let mut cat = PetIn::new(Kind::Cat, "Tom");
    cat.age = Some(Some(3));
    client.create_pet_pets_post(&cat, None).await.unwrap();

    let read = client.read_pet_pets_pet_id_get(1, None).await.unwrap();
    assert_eq!(*read, *created);

    // Query parameters: an enum, a list (`tag=good&tag=loud`), an integer.
    let options = ListPetsPetsGetOptions {
        kind: Some(Kind::Dog),
        tag: Some(vec!["good".into(), "loud".into()]),
        limit: Some(5),
        ..Default::default()
    };
    let dogs = client.list_pets_pets_get(Some(options)).await.unwrap();
    let names: Vec<&str> = dogs.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Rex"]);
    let all = client.list_pets_pets_get(None).await.unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].age, Some(Some(3)));
}

#[tokio::test]
async fn forms_and_uploads_reach_the_app() {
    let app = App::start();
    let client = app.client();
    let ok = client
        .login_login_post(
            &BodyLoginLoginPost {
                username: "ann".into(),
                password: "secret".into(),
            },
            None,
        )
        .await
        .unwrap();
    assert_eq!(ok["user"], "ann");

    let photo = Multipart::new()
        .file("file", "rex.png", "image/png", [0u8, 1, 2, 3, 4])
        .text("caption", "Rex, asleep");
    let uploaded = client
        .upload_photo_pets_pet_id_photo_post(7, photo, None)
        .await
        .unwrap();
    assert_eq!(
        *uploaded,
        serde_json::json!({"pet_id": 7, "filename": "rex.png", "size": 5, "caption": "Rex, asleep"})
    );
}

#[tokio::test]
async fn errors_carry_the_app_s_answer() {
    let app = App::start();
    let client = app.client();
    // An error the document does not declare: its body is kept.
    let Err(Error::Service(missing)) = client.read_pet_pets_pet_id_get(99, None).await else {
        panic!("a 404 is an error");
    };
    assert_eq!(missing.status(), 404);
    assert!(
        missing.body_text().contains("no pet 99"),
        "{}",
        missing.body_text()
    );

    let wrong = client
        .login_login_post(
            &BodyLoginLoginPost {
                username: "ann".into(),
                password: "guess".into(),
            },
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(wrong.status().map(|s| s.as_u16()), Some(401));

    // FastAPI's validation error, typed as the document declares it.
    let Err(Error::Service(invalid)) = client
        .create_pet_pets_post(&PetIn::new(Kind::Cat, ""), None)
        .await
    else {
        panic!("an empty name is refused");
    };
    assert_eq!(invalid.status(), 422);
    let detail = invalid.error().unwrap().detail.clone().unwrap();
    assert!(detail[0].msg.contains("at least 1"), "{:?}", detail[0]);
}
